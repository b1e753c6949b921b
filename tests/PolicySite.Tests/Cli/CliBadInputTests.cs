using System.Text.RegularExpressions;
using PolicySite.Diagnostics;
using PolicySite.Tests.Stages;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Cli;

/// <summary>
/// Given a site that built, when one thing is broken and it is built again under --strict, then
/// the command fails with exit code 1, prints the diagnostic at its file, line and column, prints
/// no stack trace, and leaves the previous output exactly as it was.
/// </summary>
public sealed class CliBadInputTests : IDisposable
{
    private readonly SiteFixture _site = new();

    public CliBadInputTests() => _site.Write("input/chapters/01-a.md", SampleContent.ChapterWithNote());

    public void Dispose() => _site.Dispose();

    /// <summary>Breaks the site; returns the code, the file name and the line the diagnostic must name.</summary>
    private (string Code, string File, int Line) Break(string breakage)
    {
        var chapter = _site.PathOf("input/chapters/01-a.md");
        var layout = _site.PathOf("theme/layouts/chapter.html");
        switch (breakage)
        {
            case "unclosed front matter":
                File.WriteAllText(chapter, "---\nid: intro\nnumber: I\ntitle: Intro\norder: 1\n\nBody text.\n");
                return (DiagnosticCodes.FrontMatterUnclosed, "01-a.md", 1);
            case "malformed front matter":
                File.WriteAllText(chapter, "---\nid: intro\nnumber: I\ntitle: Intro: with: colons\norder: 1\n---\nBody text.\n");
                return (DiagnosticCodes.YamlSyntax, "01-a.md", 4);
            case "unknown front matter key":
                File.WriteAllText(chapter, "---\nid: intro\nnumber: I\ntitle: Intro\ncolour: red\norder: 1\n---\nBody text.\n");
                return (DiagnosticCodes.YamlUnknownKey, "01-a.md", 5);
            case "missing layout":
                File.Delete(layout);
                return (DiagnosticCodes.LayoutMissing, "chapter.html", 0);
            case "template syntax error":
                var lines = File.ReadAllLines(layout).ToList();
                lines.Insert(2, "<p>{{ page.title + }}</p>");
                File.WriteAllLines(layout, lines);
                return (DiagnosticCodes.TemplateSyntax, "chapter.html", 3);
            case "broken internal link":
                File.WriteAllText(chapter, SampleContent.Chapter(body: "Body text.\n\nSee [the plan](/chapters/nope/).\n"));
                return (DiagnosticCodes.BrokenLink, "01-a.md", SampleContent.ChapterBodyFirstLine + 2);
            default:
                throw new ArgumentOutOfRangeException(nameof(breakage), breakage, null);
        }
    }

    [Theory]
    [InlineData("unclosed front matter")]
    [InlineData("malformed front matter")]
    [InlineData("unknown front matter key")]
    [InlineData("missing layout")]
    [InlineData("template syntax error")]
    [InlineData("broken internal link")]
    public void Should_exit_1_print_the_located_diagnostic_and_leave_the_previous_output_untouched(string breakage)
    {
        var first = CliRunner.Run(CliArguments.Build(_site));
        Assert.True(first.ExitCode == 0, first.Output);
        var before = OutputSnapshot.Take(_site.Output);
        var (code, file, line) = Break(breakage);

        var result = CliRunner.Run(CliArguments.Build(_site, "--strict"));

        Assert.True(result.ExitCode == 1, $"exit code {result.ExitCode}\n{result.Output}");
        // A missing file has no line to point at; every other diagnostic must name line and column.
        var location = line > 0 ? $@"\({line},\d+\)" : @"(\(\d+,\d+\))?";
        var pattern = $@"(^|/){Regex.Escape(file)}{location}: (error|warning) {code}: \S";
        Assert.True(result.Lines.Any(l => Regex.IsMatch(l, pattern)), $"no line matches {pattern}\n{result.Output}");
        Assert.DoesNotContain("   at ", result.Output);
        Assert.DoesNotContain("internal error", result.Output);
        before.AssertUnchanged();
        Assert.Empty(Directory.GetDirectories(_site.Root, ".output.*"));
    }

    [Fact]
    public void Should_say_that_the_output_was_left_unchanged_when_a_build_fails()
    {
        Break("unknown front matter key");

        var result = CliRunner.Run(CliArguments.Build(_site));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Lines, l => l.StartsWith("Build failed", StringComparison.Ordinal)
            && l.Contains("1 error(s)", StringComparison.Ordinal) && l.Contains("left unchanged", StringComparison.Ordinal));
        Assert.False(Directory.Exists(_site.Output));
    }

    [Fact]
    public void Should_print_every_problem_of_the_site_in_one_run()
    {
        _site.Write("input/chapters/02-b.md", SampleContent.Chapter(id: "second", order: 2, body: "A note.[^gone]\n"));
        Break("unknown front matter key");

        var result = CliRunner.Run(CliArguments.Build(_site));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.Lines, l => l.Contains("01-a.md(5,1): error PS0011:", StringComparison.Ordinal));
        Assert.Contains(result.Lines, l => l.Contains("02-b.md(7,8): error PS0101:", StringComparison.Ordinal));
    }
}
