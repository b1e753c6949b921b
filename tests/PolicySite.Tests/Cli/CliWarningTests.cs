using System.Text.RegularExpressions;
using PolicySite.Tests.Stages;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Cli;

public sealed class CliWarningTests : IDisposable
{
    private readonly SiteFixture _site = new();

    public CliWarningTests() =>
        _site.Write("input/chapters/01-a.md", SampleContent.Chapter(body: "Body text.\n\nSee [the plan](/chapters/nope/).\n"));

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_exit_0_and_print_a_warning_line_for_a_broken_link_without_strict()
    {
        var result = CliRunner.Run(CliArguments.Build(_site));

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains(result.Lines, l => Regex.IsMatch(l, @"(^|/)01-a\.md\(9,\d+\): warning PS0301: .*/chapters/nope/"));
        Assert.Contains(result.Lines, l => l.StartsWith("Built ", StringComparison.Ordinal) && l.Contains("0 error(s)", StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(_site.Output, "chapters", "intro", "index.html")));
    }

    [Fact]
    public void Should_say_that_warnings_fail_the_build_under_strict()
    {
        var result = CliRunner.Run(CliArguments.Build(_site, "--strict"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Lines, l => l.Contains("--strict", StringComparison.Ordinal) && l.StartsWith("Build failed", StringComparison.Ordinal));
        Assert.False(Directory.Exists(_site.Output));
    }
}
