using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Markdown;

namespace PolicySite.Tests.Stages;

public sealed class ParseMarkdownTests
{
    private static IReadOnlyList<Diagnostic> Parse(string body)
    {
        var front = new ChapterFrontMatter { Id = "a", Number = "I", Title = "A", Order = 1 };
        var diagnostics = new DiagnosticBag();
        // The body starts on line 7 of its file, after six lines of front matter.
        ParseMarkdown.Parse(new SourceDocument("input/chapters/01-a.md", PageKind.Chapter, front, body, 7), diagnostics);
        return diagnostics.Sorted();
    }

    [Fact]
    public void Should_warn_PS0104_at_a_script_tag_inside_a_list_quote_or_emphasis()
    {
        var diagnostics = Parse("Text.\n\n- item\n  > quoted *with <script>x()</script> inside*\n\n<script>y()</script>\n");

        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.RawScript, d.Code));
        Assert.Equal([(10, 18), (12, 1)], diagnostics.Select(d => (d.Line, d.Column)));
    }

    [Fact]
    public void Should_not_warn_about_html_without_a_script()
    {
        Assert.Empty(Parse("Some <span>inline</span> HTML.\n\n<div>a block</div>\n"));
    }
}
