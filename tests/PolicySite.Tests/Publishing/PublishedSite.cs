using AngleSharp.Dom;
using PolicySite.Diagnostics;
using PolicySite.Pipeline;
using PolicySite.Templates;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Publishing;

/// <summary>
/// The repository's real site built once per test class as Netlify builds it: <c>--strict</c>, for
/// an absolute base URL under a sub-path, so that every URL in it must carry <c>/policy/</c>.
/// </summary>
public sealed class PublishedSite : IDisposable
{
    public const string BaseUrl = "https://example.org/policy/";

    public const string BasePath = "/policy/";

    /// <summary>A "now" whose date appears nowhere in the content, so a date taken from the clock would show.</summary>
    public static readonly DateTimeOffset Now = new(2026, 1, 7, 12, 0, 0, TimeSpan.Zero);

    public PublishedSite()
    {
        Fixture = SiteFixture.FromRepository();
        Result = Fixture.Build(strict: true, baseUrl: BaseUrl, now: Now);
        if (!Result.Succeeded)
        {
            throw new InvalidOperationException(
                "The real site did not build:\n" + string.Join("\n", Result.Diagnostics.Where(d => d.Severity != DiagnosticSeverity.Info)));
        }
        Pages = Fixture.Pages();
    }

    public SiteFixture Fixture { get; }

    public BuildResult Result { get; }

    public SiteUrls Urls { get; } = new(BaseUrl);

    /// <summary>Every emitted HTML page, parsed, by path relative to the output folder.</summary>
    public IReadOnlyDictionary<string, IDocument> Pages { get; }

    public IDocument Page(string path) =>
        Pages.TryGetValue(path, out var page) ? page : throw new KeyNotFoundException($"the build emitted no page {path}");

    public string Text(string path) => File.ReadAllText(Fixture.PathOf(Path.Combine("output", path)));

    public bool Exists(string path) => File.Exists(Fixture.PathOf(Path.Combine("output", path)));

    /// <summary>Every file of the output, by path relative to the output folder with '/' separators.</summary>
    public IReadOnlyList<string> Files =>
        Directory.EnumerateFiles(Fixture.Output, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(Fixture.Output, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Whether the page's head asks search engines not to index it.</summary>
    public static bool IsNoIndex(IDocument page) =>
        page.QuerySelectorAll("meta[name='robots']").Any(m => (m.GetAttribute("content") ?? "").Contains("noindex", StringComparison.OrdinalIgnoreCase));

    /// <summary>The absolute URL a page is served at.</summary>
    public static string UrlOf(string path) =>
        BaseUrl + (path == "index.html" ? "" : path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path);

    public void Dispose() => Fixture.Dispose();
}
