using PolicySite.Pipeline;
using PolicySite.Tests.Stages;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Cli;

public sealed class CliCheckTests : IDisposable
{
    // check has no --output; were it to write anyway, the default "output" in the working folder is where it would go.
    private static readonly string DefaultOutput = Path.Combine(Environment.CurrentDirectory, "output");

    private readonly SiteFixture _site = new();
    private readonly bool _defaultOutputExisted = Directory.Exists(DefaultOutput);

    public CliCheckTests() => _site.Write("input/chapters/01-a.md", SampleContent.ChapterWithNote());

    public void Dispose() => _site.Dispose();

    private void AssertNothingWritten()
    {
        Assert.Equal(["input", "theme"], Directory.GetFileSystemEntries(_site.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        if (!_defaultOutputExisted)
        {
            Assert.False(Directory.Exists(DefaultOutput), "check wrote an output folder in the working folder");
        }
    }

    [Fact]
    public void Should_exit_0_and_write_no_output_folder_for_a_good_site()
    {
        var result = CliRunner.Run(CliArguments.Check(_site));

        Assert.True(result.ExitCode == 0, result.Output);
        var pages = new SiteBuilder().Build(_site.Options(), write: false).PageCount;
        Assert.Contains(result.Lines, l => l.StartsWith($"Checked {pages} pages", StringComparison.Ordinal));
        AssertNothingWritten();
    }

    [Fact]
    public void Should_exit_1_with_the_located_diagnostic_for_a_bad_site()
    {
        _site.Write("input/chapters/01-a.md", SampleContent.Chapter(body: "A note.[^gone]\n"));

        var result = CliRunner.Run(CliArguments.Check(_site));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Lines, l => l.Contains("01-a.md(7,8): error PS0101:", StringComparison.Ordinal));
        Assert.Contains(result.Lines, l => l.StartsWith("Check failed", StringComparison.Ordinal));
        AssertNothingWritten();
    }

    [Fact]
    public void Should_exit_1_under_strict_for_a_site_with_only_a_warning()
    {
        _site.Write("input/chapters/01-a.md", SampleContent.Chapter(body: "See [the plan](/chapters/nope/).\n"));

        Assert.Equal(0, CliRunner.Run(CliArguments.Check(_site)).ExitCode);
        Assert.Equal(1, CliRunner.Run(CliArguments.Check(_site, "--strict")).ExitCode);
        AssertNothingWritten();
    }
}
