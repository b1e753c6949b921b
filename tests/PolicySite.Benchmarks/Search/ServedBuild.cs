using System.Globalization;
using PolicySite.BrowserTests.Support;
using PolicySite.Configuration;
using PolicySite.Pipeline;

namespace PolicySite.Benchmarks.Search;

/// <summary>
/// A site built into a temporary folder and served over HTTP on 127.0.0.1 by the browser tests'
/// static host, with the server's own address as base URL (as the browser tests build it), so
/// that the search index is fetched from where a reader's browser would fetch it.
/// </summary>
internal sealed class ServedBuild : IDisposable
{
    private readonly string _root;
    private readonly string _output;

    private ServedBuild(string name, string root, StaticSiteServer server, int pages, TimeSpan buildTime)
    {
        Name = name;
        _root = root;
        _output = Path.Combine(root, "output");
        Server = server;
        Pages = pages;
        BuildTime = buildTime;
    }

    public string Name { get; }

    public StaticSiteServer Server { get; }

    public int Pages { get; }

    public TimeSpan BuildTime { get; }

    /// <summary>The address of a page of the site, by its site-relative URL ("search/").</summary>
    public string Url(string path) => Server.BaseUrl + path.TrimStart('/');

    /// <summary>The size in bytes of a built file, by its path in the output ("search/index.html").</summary>
    public long SizeOf(string path) => new FileInfo(Path.Combine(_output, path)).Length;

    /// <summary>How many built files of a folder match a pattern.</summary>
    public int CountOf(string folder, string pattern) => Directory.EnumerateFiles(Path.Combine(_output, folder), pattern).Count();

    public static ServedBuild Create(string name, string input, string theme)
    {
        var root = Path.Combine(Path.GetTempPath(), "policysite-bench-search-browser", Guid.NewGuid().ToString("N"));
        var output = Path.Combine(root, "output");
        Directory.CreateDirectory(output);
        // Serving first: the base URL the build needs is the server's, with the port the system picked.
        var server = new StaticSiteServer(output);
        var result = new SiteBuilder().Build(new BuildOptions
        {
            InputDirectory = input,
            ThemeDirectory = theme,
            OutputDirectory = output,
            BaseUrl = server.BaseUrl,
            Now = BenchmarkSite.Now,
        });
        if (!result.Succeeded)
        {
            server.Dispose();
            Delete(root);
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{name} does not build:\n{string.Join("\n", result.Diagnostics)}"));
        }
        return new ServedBuild(name, root, server, result.PageCount, result.Elapsed);
    }

    public void Dispose()
    {
        Server.Dispose();
        Delete(_root);
    }

    private static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A temp folder left behind does no harm.
        }
    }
}
