namespace PolicySite.BrowserTests.Support;

/// <summary>Finds the repository's folders from wherever the test assembly runs.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");

    public static string Theme => Path.Combine(Root, "theme");

    /// <summary>Screenshots for people to look at: build artefacts, never committed (TestResults/ is ignored).</summary>
    public static string Screenshots => Path.Combine(Root, "tests", "PolicySite.BrowserTests", "TestResults", "screenshots");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PolicySite.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("PolicySite.sln not found above the test assembly");
    }
}
