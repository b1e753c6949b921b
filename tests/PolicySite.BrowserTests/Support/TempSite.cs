using PolicySite.Configuration;
using PolicySite.Pipeline;

namespace PolicySite.BrowserTests.Support;

/// <summary>
/// A copy of the real <c>input/</c> and <c>theme/</c> in a temporary folder, to be changed and
/// built: for what the real site cannot show (a fourth objective, a theme file with mistakes).
/// </summary>
public sealed class TempSite : IDisposable
{
    private StaticSiteServer? _server;

    public TempSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "policysite-browser-tests", Guid.NewGuid().ToString("N"));
        Copy(RepositoryPaths.Input, Input);
        Copy(RepositoryPaths.Theme, Theme);
    }

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Theme => Path.Combine(Root, "theme");

    public string Output => Path.Combine(Root, "output");

    /// <summary>Replaces text in a copied file; the text must be there, so a test cannot silently change nothing.</summary>
    public TempSite Edit(string relativePath, string find, string replace)
    {
        var path = Path.Combine(Root, relativePath);
        var text = File.ReadAllText(path);
        if (!text.Contains(find, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"'{find}' is not in {relativePath}");
        }
        File.WriteAllText(path, text.Replace(find, replace, StringComparison.Ordinal));
        return this;
    }

    public TempSite Write(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return this;
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public BuildResult Build(string? baseUrl = null) => new SiteBuilder().Build(new BuildOptions
    {
        InputDirectory = Input,
        ThemeDirectory = Theme,
        OutputDirectory = Output,
        BaseUrl = baseUrl,
        Strict = true,
        Now = BuiltSite.Now,
    });

    /// <summary>Builds and serves the site; the base URL of the result is the server's.</summary>
    public (BuildResult Result, StaticSiteServer Server) BuildAndServe()
    {
        Directory.CreateDirectory(Output);
        _server ??= new StaticSiteServer(Output);
        return (Build(_server.BaseUrl), _server);
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    public void Dispose()
    {
        _server?.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
