using System.Text.RegularExpressions;
using PolicySite.Tests.Stages;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Cli;

public sealed class CliBuildTests : IDisposable
{
    private readonly SiteFixture _site = new();

    public CliBuildTests() => _site.Write("input/chapters/01-a.md", SampleContent.ChapterWithNote());

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_print_a_summary_line_with_the_page_count_after_a_successful_build()
    {
        var result = CliRunner.Run(CliArguments.Build(_site));

        Assert.True(result.ExitCode == 0, result.Output);
        var pages = Directory.GetFiles(_site.Output, "*.html", SearchOption.AllDirectories).Length;
        Assert.True(pages >= 3, $"{pages} pages");
        var summary = Assert.Single(result.Lines, l => l.StartsWith("Built ", StringComparison.Ordinal));
        Assert.Equal(pages, int.Parse(Regex.Match(summary, @"^Built (\d+) pages").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("0 error(s)", summary);
    }

    [Fact]
    public void Should_print_where_the_time_went_stage_by_stage_with_verbose_and_not_without()
    {
        var verbose = CliRunner.Run(CliArguments.Build(_site, "--verbose"));
        var plain = CliRunner.Run(CliArguments.Build(_site));

        Assert.True(verbose.ExitCode == 0, verbose.Output);
        var line = Assert.Single(verbose.Lines, l => l.StartsWith("Stages: ", StringComparison.Ordinal));
        var stages = Regex.Matches(line, @"(\w+) \d+ ms \(GC \d+ ms\)[,;]").Select(m => m.Groups[1].Value);
        Assert.Equal(["load", "parse", "link", "render", "emit", "validate", "write"], stages);
        Assert.Matches(@"garbage collection paused the build \d+ ms \(\d+ full collections?\); peak memory [1-9]\d* MiB\.$", line);
        Assert.DoesNotContain(plain.Lines, l => l.StartsWith("Stages: ", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_build_a_minimal_site_under_strict_without_any_warning()
    {
        var result = CliRunner.Run(CliArguments.Build(_site, "--strict"));

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.DoesNotContain(result.Lines, l => l.Contains(": warning ", StringComparison.Ordinal));
        Assert.Contains(result.Lines, l => l.StartsWith("Built ", StringComparison.Ordinal) && l.Contains("0 error(s), 0 warning(s)", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_write_the_site_into_the_given_output_folder()
    {
        var result = CliRunner.Run(CliArguments.Build(_site));

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal("Intro", _site.Page("chapters/intro/index.html").QuerySelector("h1")!.TextContent);
        Assert.Empty(Directory.GetDirectories(_site.Root, ".output.*"));
    }

    [Fact]
    public void Should_write_byte_identical_output_for_the_same_input_and_now()
    {
        Assert.Equal(0, CliRunner.Run(CliArguments.Build(_site)).ExitCode);
        var first = OutputSnapshot.Take(_site.Output);

        Assert.Equal(0, CliRunner.Run(CliArguments.Build(_site)).ExitCode);

        first.AssertUnchanged();
    }
}
