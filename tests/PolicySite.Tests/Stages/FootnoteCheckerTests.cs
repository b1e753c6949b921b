using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Markdown;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Stages;

public sealed class FootnoteCheckerTests
{
    private const string File = "input/chapters/01-a.md";
    private const int BodyFirstLine = SampleContent.ChapterBodyFirstLine;

    private static IReadOnlyList<Diagnostic> Check(string body)
    {
        var frontMatter = new ChapterFrontMatter { Id = "intro", Number = "I", Title = "Intro", Order = 1 };
        var document = new SourceDocument(File, PageKind.Chapter, frontMatter, body, BodyFirstLine);
        var diagnostics = new DiagnosticBag();
        FootnoteChecker.Check(document, diagnostics);
        return diagnostics.Sorted();
    }

    [Fact]
    public void Should_accept_notes_that_are_each_cited_and_defined_once()
    {
        Assert.Empty(Check("One.[^a] Two.[^b] One again.[^a]\n\n[^a]: Note A.\n\n[^b]: Note B.\n"));
    }

    [Fact]
    public void Should_report_PS0101_at_the_line_and_column_of_a_reference_without_definition()
    {
        var diagnostic = Assert.Single(Check("Body text with a note.[^n]\nA second line cites[^missing] too.\n\n[^n]: The note.\n"));

        Assert.Equal(DiagnosticCodes.FootnoteUndefined, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal((File, BodyFirstLine + 1, "A second line cites".Length + 1), (diagnostic.File, diagnostic.Line, diagnostic.Column));
        Assert.Contains("[^missing]", diagnostic.Message);
    }

    [Fact]
    public void Should_report_a_reference_in_a_note_at_its_column_after_the_definition_that_holds_it()
    {
        var diagnostic = Assert.Single(Check("Text.[^a]\n\n[^a]: See also [^missing-one] there.\n"));

        Assert.Equal(DiagnosticCodes.FootnoteUndefined, diagnostic.Code);
        Assert.Equal((BodyFirstLine + 2, "[^a]: See also ".Length + 1), (diagnostic.Line, diagnostic.Column));
        Assert.Contains("[^missing-one]", diagnostic.Message);
    }

    [Fact]
    public void Should_report_PS0102_at_the_line_of_a_definition_never_cited()
    {
        var diagnostic = Assert.Single(Check("Body.[^a]\n\n[^a]: Note A.\n\n[^orphan]: Nobody cites this.\n"));

        Assert.Equal(DiagnosticCodes.FootnoteUnused, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal((File, BodyFirstLine + 4, 1), (diagnostic.File, diagnostic.Line, diagnostic.Column));
        Assert.Contains("[^orphan]", diagnostic.Message);
    }

    [Fact]
    public void Should_report_PS0103_at_the_second_definition_of_the_same_label()
    {
        var diagnostic = Assert.Single(Check("Body.[^a]\n\n[^a]: First.\n\n[^a]: Second.\n"));

        Assert.Equal(DiagnosticCodes.FootnoteDuplicate, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal((File, BodyFirstLine + 4, 1), (diagnostic.File, diagnostic.Line, diagnostic.Column));
        Assert.Contains($"line {BodyFirstLine + 2}", diagnostic.Message);
    }

    [Fact]
    public void Should_count_a_reference_inside_another_note_as_a_citation()
    {
        Assert.Empty(Check("Body.[^a]\n\n[^a]: See also.[^b]\n\n[^b]: Note B.\n"));
    }

    [Fact]
    public void Should_ignore_note_syntax_inside_a_fenced_code_block()
    {
        Assert.Empty(Check("Body.\n\n```\nExample[^x]\n[^y]: example\n```\n"));
    }

    [Fact]
    public void Should_report_PS0101_at_its_line_in_the_file_when_the_page_is_loaded_and_parsed()
    {
        using var site = new SiteFixture();
        site.Write("input/chapters/01-a.md", SampleContent.Chapter(body: "Body text with a note.[^n]\n\nAnd one[^gone].\n\n[^n]: The note.\n"));
        var diagnostics = new DiagnosticBag();
        var loaded = new LoadContent().Run(site.Input, diagnostics)!;

        new ParseMarkdown().Run(loaded.Documents, diagnostics);

        var diagnostic = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.FootnoteUndefined, diagnostic.Code);
        Assert.Equal((site.PathOf("input/chapters/01-a.md"), 9, 8), (diagnostic.File, diagnostic.Line, diagnostic.Column));
    }
}
