using PolicySite.Tests.Cli;
using PolicySite.Tests.Support;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace PolicySite.Tests.Robustness.InvalidInput;

/// <summary>
/// One folder of <c>tests/fixtures/invalid/</c>, copied into a temporary folder ready to build: its
/// <c>input/</c>; the repository's <c>theme/</c> with the case's own <c>theme/</c> laid over it and
/// the files of <c>theme_remove</c> deleted; and an <c>output/</c> that a previous build left.
/// </summary>
public sealed class InvalidInputCase : IDisposable
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithEnforceRequiredMembers()
        .Build();

    public InvalidInputCase(string name)
    {
        Name = name;
        var folder = Path.Combine(Catalogue, name);
        Expected = ExpectedOf(name);
        Root = Path.Combine(Path.GetTempPath(), "policysite-invalid", $"{name}-{Guid.NewGuid():N}");

        SiteFixture.CopyDirectory(Path.Combine(folder, "input"), Input);
        SiteFixture.CopyDirectory(RepositoryPaths.Theme, Theme);
        if (Directory.Exists(Path.Combine(folder, "theme")))
        {
            SiteFixture.CopyDirectory(Path.Combine(folder, "theme"), Theme);
        }
        foreach (var file in Expected.ThemeRemove)
        {
            File.Delete(Path.Combine(Theme, file));
        }
        PreviousOutput.WriteInto(Output);

        if (Expected.MakeUnreadable is { } locked)
        {
            IsUnreadable = MakeUnreadable(Path.Combine(Root, locked));
        }
    }

    /// <summary>tests/fixtures/invalid in the repository.</summary>
    public static string Catalogue => Path.Combine(RepositoryPaths.Root, "tests", "fixtures", "invalid");

    /// <summary>Every case, by folder name.</summary>
    public static IReadOnlyList<string> Names =>
        Directory.GetDirectories(Catalogue).Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal).ToList();

    /// <summary>The case's expected.yml, read without copying the case.</summary>
    public static ExpectedOutcome ExpectedOf(string name) =>
        Yaml.Deserialize<ExpectedOutcome>(File.ReadAllText(Path.Combine(Catalogue, name, "expected.yml")));

    public string Name { get; }

    public ExpectedOutcome Expected { get; }

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Theme => Path.Combine(Root, "theme");

    public string Output => Path.Combine(Root, "output");

    /// <summary>
    /// Whether <see cref="ExpectedOutcome.MakeUnreadable"/> really made its file unreadable. It does
    /// not for root, who reads any file whatever its mode (and not on Windows, which has no mode).
    /// </summary>
    public bool IsUnreadable { get; }

    /// <summary>The command line: the real <c>policysite build</c> with absolute folders and a fixed "now".</summary>
    public string[] Arguments => ["build", "--input", Input, "--theme", Theme, "--output", Output, "--now", CliArguments.Now, .. Expected.Args];

    public void Dispose()
    {
        if (Expected.MakeUnreadable is { } locked && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(Path.Combine(Root, locked), UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind does no harm.
        }
    }

    private static bool MakeUnreadable(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return false;
        }
        File.SetUnixFileMode(path, UnixFileMode.None);
        try
        {
            File.ReadAllBytes(path);
            return false;
        }
        catch (UnauthorizedAccessException)
        {
            return true;
        }
    }
}
