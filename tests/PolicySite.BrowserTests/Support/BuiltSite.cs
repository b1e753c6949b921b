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

    private static readonly Lock Gate = new();
    private static BuiltSite? _current;
    private static int _users;

    private readonly string _root;
    private int _disposed;

    private BuiltSite()
    {
        SweepLeftovers();
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
            Delete(_root);
            throw new InvalidOperationException("the site does not build:\n" + string.Join("\n", result.Diagnostics));
        }
    }

    /// <summary>
    /// The site every browser test reads, built by the first test collection that needs it and
    /// shared by all that run at the same time; the last to <see cref="Release"/> it removes it.
    /// </summary>
    public static BuiltSite Acquire()
    {
        lock (Gate)
        {
            _current ??= new BuiltSite();
            _users++;
            return _current;
        }
    }

    public static void Release()
    {
        lock (Gate)
        {
            if (--_users == 0)
            {
                _current?.Dispose();
                _current = null;
            }
        }
    }

    public string Output { get; }

    public StaticSiteServer Server { get; }

    public string Url(string path) => Server.BaseUrl + path.TrimStart('/');

    /// <summary>
    /// Every page of the site that readers read, as site-relative URLs ("", "chapters/importance/",
    /// "404.html"). Forwarding stubs of former addresses (meta refresh) are left out: a browser
    /// leaves them at once.
    /// </summary>
    public IReadOnlyList<string> PageUrls() =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Where(f => !File.ReadAllText(f).Contains("http-equiv=\"refresh\"", StringComparison.OrdinalIgnoreCase))
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
        // The folder first: at process exit there may be no time for more.
        Delete(_root);
        Server.Dispose();
    }

    /// <summary>Folders that runs which were killed could not remove (older than an hour, so never a running one's).</summary>
    private static void SweepLeftovers()
    {
        var parent = Path.Combine(Path.GetTempPath(), "policysite-browser-tests");
        if (!Directory.Exists(parent))
        {
            return;
        }
        foreach (var folder in Directory.EnumerateDirectories(parent))
        {
            if (Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow.AddHours(-1))
            {
                Delete(folder);
            }
        }
    }

    private static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next run's sweep.
        }
    }
}
