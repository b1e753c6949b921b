using AngleSharp.Dom;
using PolicySite.Diagnostics;
using PolicySite.Pipeline;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Site;

/// <summary>
/// The repository's real site, built once per test class (xunit class fixture) so that a class of
/// whole-site tests pays for one in-process build, not one per test.
/// </summary>
public sealed class RealSite : IDisposable
{
    /// <summary>The build's "now": long after the 2018 event, as in the README's build command.</summary>
    public static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The document's pages in the order the printed document reads: chapters I–III, chapter IV's
    /// introduction, its three objectives, then chapter V. Footnote numbers and the pager follow it.
    /// </summary>
    public static readonly IReadOnlyList<string> ReadingOrder =
    [
        "chapters/importance/index.html",
        "chapters/objectives/index.html",
        "chapters/approach/index.html",
        "chapters/approach-by-theme/index.html",
        "objectives/human-rights/index.html",
        "objectives/democracy/index.html",
        "objectives/international-legal-order/index.html",
        "chapters/conclusion/index.html",
    ];

    public const string EventPage = "events/partners-under-pressure/index.html";

    public RealSite()
    {
        Fixture = SiteFixture.FromRepository();
        Result = Fixture.Build(now: Now);
        if (!Result.Succeeded)
        {
            // Fail every test of the class with the build's own diagnostics rather than with
            // confusing "page not found" errors further down.
            throw new InvalidOperationException(
                "The real site did not build:\n"
                + string.Join("\n", Result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info)));
        }
        Pages = Fixture.Pages();
    }

    public SiteFixture Fixture { get; }

    public BuildResult Result { get; }

    /// <summary>Every emitted HTML page, parsed, by path relative to the output folder.</summary>
    public IReadOnlyDictionary<string, IDocument> Pages { get; }

    public IDocument Page(string path) =>
        Pages.TryGetValue(path, out var page) ? page : throw new KeyNotFoundException($"the build emitted no page {path}");

    /// <summary>The root-relative URL a page is served at, as links in the site write it (base URL "/").</summary>
    public static string UrlOf(string path) =>
        "/" + (path.EndsWith("index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path);

    public void Dispose() => Fixture.Dispose();
}
