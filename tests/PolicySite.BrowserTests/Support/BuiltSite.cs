using PolicySite.Configuration;
using PolicySite.Pipeline;

namespace PolicySite.BrowserTests.Support;

/// <summary>
/// The real <c>input/</c> and <c>theme/</c>, built once per test run into a temporary folder and
/// served over HTTP. The base URL is the server's own, so canonical URLs are absolute as in
/// production; "now" is fixed, so the run is reproducible.
/// </summary>
public sealed class BuiltSite : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<BuiltSite> Shared = new(() => new BuiltSite(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly string _root;
    private int _disposed;

    private BuiltSite()
    {
        _root = Path.Combine(Path.GetTempPath(), "policysite-browser-tests", Guid.NewGuid().ToString("N"));
        Output = Path.Combine(_root, "output");
        Directory.CreateDirectory(Output);
        Server = new StaticSiteServer(Output);
        var result = new SiteBuilder().Build(new BuildOptions
        {
            InputDirectory = RepositoryPaths.Input,
            ThemeDirectory = RepositoryPaths.Theme,
            OutputDirectory = Output,
            BaseUrl = Server.BaseUrl,
            Strict = true,
            Now = Now,
        });
        if (!result.Succeeded)
        {
            Server.Dispose();
            throw new InvalidOperationException("the site does not build:\n" + string.Join("\n", result.Diagnostics));
        }
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Dispose();
    }

    /// <summary>The site every browser test reads (built on first use).</summary>
    public static BuiltSite Instance => Shared.Value;

    public string Output { get; }

    public StaticSiteServer Server { get; }

    public string Url(string path) => Server.BaseUrl + path.TrimStart('/');

    /// <summary>Every HTML page of the site, as site-relative URLs ("", "chapters/importance/", "404.html").</summary>
    public IReadOnlyList<string> PageUrls() =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Select(f => f.EndsWith("index.html", StringComparison.Ordinal) ? f[..^"index.html".Length] : f)
            .Order(StringComparer.Ordinal)
            .ToList();

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        Server.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
