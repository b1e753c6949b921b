using PolicySite.Content;
using PolicySite.Diagnostics;

namespace PolicySite.Tests.Stages;

public sealed class FrontMatterSplitterTests
{
    private const string File = "input/chapters/01-a.md";

    [Fact]
    public void Should_report_PS0015_at_line_1_when_the_file_has_no_opening_fence()
    {
        var diagnostics = new DiagnosticBag();

        var parts = FrontMatterSplitter.Split("id: intro\ntitle: Intro\n\nBody.\n"u8, File, diagnostics);

        Assert.Null(parts);
        var diagnostic = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.FrontMatterMissing, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal((File, 1, 1), (diagnostic.File, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Should_report_PS0015_when_a_blank_line_comes_before_the_opening_fence()
    {
        var diagnostics = new DiagnosticBag();

        var parts = FrontMatterSplitter.Split("\n---\nid: intro\n---\nBody.\n"u8, File, diagnostics);

        Assert.Null(parts);
        Assert.Equal(DiagnosticCodes.FrontMatterMissing, Assert.Single(diagnostics.Sorted()).Code);
    }

    [Fact]
    public void Should_report_PS0014_when_the_front_matter_is_never_closed()
    {
        var diagnostics = new DiagnosticBag();

        var parts = FrontMatterSplitter.Split("---\nid: intro\ntitle: Intro\n\nBody.\n"u8, File, diagnostics);

        Assert.Null(parts);
        var diagnostic = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.FrontMatterUnclosed, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal((File, 1, 1), (diagnostic.File, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Should_give_the_yaml_from_line_2_and_the_body_from_the_line_after_the_closing_fence()
    {
        var diagnostics = new DiagnosticBag();

        var parts = FrontMatterSplitter.Split("---\nid: intro\ntitle: Intro\n---\nFirst body line.\nSecond.\n"u8, File, diagnostics);

        Assert.Empty(diagnostics.Sorted());
        var value = Assert.NotNull(parts);
        Assert.Equal("id: intro\ntitle: Intro\n", value.Yaml);
        Assert.Equal(2, value.YamlFirstLine);
        Assert.Equal("First body line.\nSecond.\n", Text(value.Body));
        Assert.Equal(5, value.BodyFirstLine);
    }

    [Fact]
    public void Should_count_blank_lines_after_the_closing_fence_as_body_lines()
    {
        var text = SampleContent.Chapter(body: "\n\nThird body line.\n");

        var value = Assert.NotNull(FrontMatterSplitter.Split(System.Text.Encoding.UTF8.GetBytes(text), File, new DiagnosticBag()));

        Assert.Equal(SampleContent.ChapterBodyFirstLine, value.BodyFirstLine);
        var thirdLine = Text(value.Body).Split('\n')[2];
        Assert.Equal("Third body line.", thirdLine);
    }

    [Fact]
    public void Should_accept_three_dots_as_the_closing_fence()
    {
        var diagnostics = new DiagnosticBag();

        var value = Assert.NotNull(FrontMatterSplitter.Split("---\nid: intro\n...\nBody.\n"u8, File, diagnostics));

        Assert.Empty(diagnostics.Sorted());
        Assert.Equal("id: intro\n", value.Yaml);
        Assert.Equal("Body.\n", Text(value.Body));
        Assert.Equal(4, value.BodyFirstLine);
    }

    [Fact]
    public void Should_give_an_empty_body_when_the_closing_fence_ends_the_file()
    {
        var value = Assert.NotNull(FrontMatterSplitter.Split("---\nid: intro\n---"u8, File, new DiagnosticBag()));

        Assert.Equal("id: intro\n", value.Yaml);
        Assert.Equal("", Text(value.Body));
    }

    private static string Text(byte[] utf8) => System.Text.Encoding.UTF8.GetString(utf8);
}
