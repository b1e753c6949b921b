using PolicySite.Tests.Support;

namespace PolicySite.Tests.Cli;

public sealed class CliUsageTests : IDisposable
{
    private readonly SiteFixture _site = new();

    public CliUsageTests() => _site.Write("input/chapters/01-a.md", Stages.SampleContent.ChapterWithNote());

    public void Dispose() => _site.Dispose();

    private static void AssertBadUsage(CliRunner.Result result)
    {
        Assert.True(result.ExitCode == 2, $"exit code {result.ExitCode}\n{result.Output}");
        Assert.DoesNotContain("   at ", result.Output);
    }

    [Fact]
    public void Should_exit_2_on_an_unknown_option()
    {
        var result = CliRunner.Run(CliArguments.Build(_site, "--nope"));

        AssertBadUsage(result);
        Assert.Contains("nope", result.Output);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void Should_exit_2_on_an_unknown_command()
    {
        var result = CliRunner.Run("publish", "--input", _site.Input);

        AssertBadUsage(result);
        Assert.Contains("publish", result.Output);
    }

    [Fact]
    public void Should_exit_2_on_an_option_without_its_value()
    {
        // --input last, not --output: should the value be taken from somewhere else, nothing is written.
        var result = CliRunner.Run("build", "--theme", _site.Theme, "--output", _site.Output, "--now", CliArguments.Now, "--input");

        AssertBadUsage(result);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Theory]
    [InlineData("/policy documents/")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("/../policy/")]
    public void Should_exit_2_on_a_base_url_that_is_neither_a_url_nor_a_plain_path(string baseUrl)
    {
        var result = CliRunner.Run(CliArguments.Build(_site, "--base-url", baseUrl));

        AssertBadUsage(result);
        // Spectre wraps the error at the terminal width: compare the words, not the lines.
        Assert.Contains("--base-url https://example.org/policy/", string.Join(" ", result.Output.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal);
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void Should_exit_2_when_check_is_given_an_output_folder_it_does_not_take()
    {
        AssertBadUsage(CliRunner.Run(CliArguments.Check(_site, "--output", _site.Output)));
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void Should_exit_2_and_write_nothing_when_now_is_not_a_date()
    {
        var result = CliRunner.Run("build", "--input", _site.Input, "--theme", _site.Theme, "--output", _site.Output, "--now", "notadate");

        AssertBadUsage(result);
        Assert.Contains(result.Lines, l => l.Contains("notadate", StringComparison.Ordinal));
        Assert.False(Directory.Exists(_site.Output));
    }
}
