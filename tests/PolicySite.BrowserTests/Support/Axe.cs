using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace PolicySite.BrowserTests.Support;

/// <summary>
/// axe-core (as bundled by Deque.AxeCore) on the page as it is now, with the WCAG 2.0, 2.1 and
/// 2.2 A and AA rules. It calls <c>axe.run</c> in the page itself: the package's <c>RunAxe()</c>
/// runs <c>axe.runPartial</c> per frame and <c>axe.finishRun</c> in a fresh page, which costs
/// 5–14 s a scan on these machines against 0.5–1 s here, and this site has no frames.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Source = new(() => new BundledAxeScriptProvider().GetScript());

    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>Each violation at each element, readable in a test failure.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
        {
            // Evaluated by the browser's debugging protocol, which the page's CSP does not govern.
            await page.EvaluateAsync(Source.Value);
        }
        var json = await page.EvaluateAsync<string>(
            """
            async tags => {
              const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
              return JSON.stringify(result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => ({ target: n.target.join(' '), html: n.html, failureSummary: n.failureSummary }))
              })));
            }
            """, Tags);
        var violations = JsonSerializer.Deserialize<List<Violation>>(json, Json) ?? [];
        return violations
            .SelectMany(v => v.Nodes.Select(n =>
                $"{v.Id} ({v.Impact}): {v.Help}\n    at {n.Target}\n    {n.FailureSummary?.ReplaceLineEndings(" ")}\n    {n.Html}"))
            .ToList();
    }

    private sealed record Violation(string Id, string? Impact, string Help, List<Node> Nodes);

    private sealed record Node(string Target, string Html, string? FailureSummary);
}
