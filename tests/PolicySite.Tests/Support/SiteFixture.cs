using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PolicySite.Configuration;
using PolicySite.Pipeline;

namespace PolicySite.Tests.Support;

/// <summary>
/// Writes a small site into a temporary folder, builds it, and reads the output the way a
/// browser would. Files are declared inline, Hugo style: <c>SiteFixture.With("input/site.yml", "...")</c>.
/// By default it starts from a copy of the real theme, so tests exercise the shipped templates.
/// </summary>
public sealed class SiteFixture : IDisposable
{
    public const string MinimalSiteYml = """
        title: "Test <Site>"
        publisher: "Ministry of Tests"
        publication_date: 2023-06
        language: en
        base_url: "/"
        colophon:
          - "This is an edition of:"
        """;

    private static readonly HtmlParser Parser = new();

    public SiteFixture(bool withRealTheme = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "policysite-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Input);
        if (withRealTheme)
        {
            CopyDirectory(RepositoryPaths.Theme, Theme);
        }
        Write("input/site.yml", MinimalSiteYml);
    }

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Theme => Path.Combine(Root, "theme");

    public string Output => Path.Combine(Root, "output");

    /// <summary>A site built from the repository's real input/ and theme/ (copied, so tests can change it).</summary>
    public static SiteFixture FromRepository()
    {
        var fixture = new SiteFixture();
        CopyDirectory(RepositoryPaths.Input, fixture.Input);
        return fixture;
    }

    public SiteFixture Write(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content.ReplaceLineEndings("\n"));
        return this;
    }

    public string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    public BuildOptions Options(string? output = null, bool strict = false, string? baseUrl = null, DateTimeOffset? now = null) => new()
    {
        InputDirectory = Input,
        ThemeDirectory = Theme,
        OutputDirectory = output ?? Output,
        Strict = strict,
        BaseUrl = baseUrl,
        Now = now ?? new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
    };

    public BuildResult Build(string? output = null, bool strict = false, string? baseUrl = null, DateTimeOffset? now = null) =>
        new SiteBuilder().Build(Options(output, strict, baseUrl, now));

    /// <summary>An emitted page, parsed; <paramref name="outputPath"/> is relative to the output folder.</summary>
    public IDocument Page(string outputPath, string? output = null) =>
        Parser.ParseDocument(File.ReadAllText(Path.Combine(output ?? Output, outputPath)));

    /// <summary>Every HTML page of the output, by path relative to the output folder.</summary>
    public IReadOnlyDictionary<string, IDocument> Pages(string? output = null)
    {
        var root = output ?? Output;
        return Directory.EnumerateFiles(root, "*.html", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(p => Path.GetRelativePath(root, p).Replace('\\', '/'), p => (IDocument)Parser.ParseDocument(File.ReadAllText(p)));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind does no harm.
        }
    }

    public static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
