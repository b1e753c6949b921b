using Markdig.Extensions.Footnotes;
using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Linking;
using PolicySite.Markdown;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Stages;

/// <summary>
/// A one-off build lets each page's AST go once Link has its facts, and parses the page again to
/// render it: the AST made again must be the one Link and Render changed, node for node in HTML.
/// </summary>
public sealed class ParsedPageUnloadTests : IDisposable
{
    private const string First = """
        Opening paragraph with a note.[^a] And a second citation of another.[^b]

        ## Aims {#aims}

        See [the method](xref:second#methods), <xref:second>, [](xref:aims) and [](xref:note-3).
        Sources: [framework](ref:with-url), [report](ref:without-url), [methods](ref:via-xref).[^b]

        [^a]: See [framework](ref:with-url) and <xref:second>.
        [^b]: Cited twice.
        """;

    private const string Second = """
        ## Methods {#methods}

        Method text.[^c]

        [^c]: Back to [the aims](xref:first#aims).
        """;

    private readonly SiteFixture _site = new();

    public ParsedPageUnloadTests() => LinkedSampleContent.WriteTwoChapters(_site, First, Second);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void An_unloaded_page_is_parsed_again_with_every_change_Link_and_Render_made_to_it()
    {
        var stage = RenderStage.Link(_site);
        Assert.DoesNotContain(stage.Diagnostics.Sorted(), d => d.Severity == DiagnosticSeverity.Error);

        foreach (var page in stage.Linked.ReadingOrder)
        {
            page.Parsed.Change(LinkedSampleContent.Dutch.AttachTo);
            var loaded = MarkdownHtml.Render(page.Parsed.Ast);
            var loadedNotes = LinkedSampleContent.NotesHtml(page.Parsed);

            page.Parsed.Unload();

            Assert.NotSame(page.Parsed.Ast, page.Parsed.Ast);
            Assert.Equal(loaded, MarkdownHtml.Render(page.Parsed.Ast));
            Assert.Equal(loadedNotes, LinkedSampleContent.NotesHtml(page.Parsed));
        }

        // What the two must agree on is there: links resolved, notes numbered across pages, labels.
        var first = MarkdownHtml.Render(stage.Linked.ReadingOrder[0].Parsed.Ast);
        Assert.Contains("href=\"/chapters/second/#methods\"", first);
        Assert.Contains("href=\"https://www.government.nl/framework\"", first);
        Assert.Contains("<cite class=\"source\">report</cite>", first);
        Assert.Contains(">Second</a>", first);
        Assert.Contains(">Aims</a>", first);
        Assert.Contains("id=\"aims-p1\"", first);
        Assert.Contains("Voetnoot", first);
        var second = MarkdownHtml.Render(stage.Linked.ReadingOrder[1].Parsed.Ast);
        Assert.Contains("id=\"fn-3\"", second);
        Assert.Contains("href=\"/chapters/first/#aims\"", second);
    }

    [Fact]
    public void Link_reports_and_records_the_same_from_the_facts_of_unloaded_pages()
    {
        var loaded = RenderStage.Link(_site).Linked;

        var diagnostics = new DiagnosticBag();
        var site = new LoadContent().Run(_site.Input, diagnostics)!;
        var facts = new PageLinkFacts[site.Documents.Count];
        var parsed = new ParseMarkdown().Run(site.Documents, diagnostics, (i, page) => facts[i] = LinkPages.Prepare(page, unload: true));
        var context = new LinkContext(new Templates.SiteUrls(site.Config.BaseUrl), key => key);
        var unloaded = new LinkPages().Run(site, parsed, facts, context, diagnostics);

        Assert.DoesNotContain(diagnostics.Sorted(), d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(loaded.Citations, unloaded.Citations);
        Assert.Equal(loaded.Backlinks, unloaded.Backlinks);
        Assert.Contains(unloaded.Citations, c => c is { SourceId: "with-url", PageId: "first", NoteNumber: 1 });
        Assert.Contains(unloaded.Backlinks, b => b is { TargetPageId: "second", FromPageId: "first", FromSectionId: "aims" });
        Assert.Equal(["note-1", "note-2", "note-3"], unloaded.Index.Ids.Where(id => id.StartsWith("note-", StringComparison.Ordinal)).Order());
        Assert.Equal(MarkdownHtml.Render(loaded.ReadingOrder[1].Parsed.Ast), MarkdownHtml.Render(unloaded.ReadingOrder[1].Parsed.Ast));
    }

    [Fact]
    public void Link_reports_an_unknown_cross_reference_in_an_unloaded_page_at_its_line_and_column()
    {
        _site.Write("input/chapters/02-second.md", SampleContent.Chapter(id: "second", order: 2, body: "Text.\n\nSee [it](xref:nowhere).\n"));
        var diagnostics = new DiagnosticBag();
        var site = new LoadContent().Run(_site.Input, diagnostics)!;
        var facts = new PageLinkFacts[site.Documents.Count];
        var parsed = new ParseMarkdown().Run(site.Documents, diagnostics, (i, page) => facts[i] = LinkPages.Prepare(page, unload: true));

        new LinkPages().Run(site, parsed, facts, new LinkContext(new Templates.SiteUrls(site.Config.BaseUrl), key => key), diagnostics);

        var path = _site.PathOf("input/chapters/02-second.md");
        var error = Assert.Single(diagnostics.Sorted(), d => d.Code == DiagnosticCodes.CrossReferenceUnknown && d.File == path);
        Assert.Equal((SampleContent.ChapterBodyFirstLine + 2, "See ".Length + 1), (error.Line, error.Column));
    }

    [Fact]
    public void A_page_kept_loaded_keeps_its_AST_and_a_released_page_has_none()
    {
        var kept = Parse("kept");
        var ast = kept.Ast;
        kept.KeepLoaded();
        kept.Unload();
        Assert.Same(ast, kept.Ast);

        var released = Parse("released");
        released.Unload();
        released.Release();
        Assert.Throws<InvalidOperationException>(() => released.Ast);
        Assert.Throws<InvalidOperationException>(() => released.Notes);
    }

    [Fact]
    public void An_unloaded_page_keeps_its_notes_without_the_rest_of_its_text()
    {
        var page = Parse("noted", "Text.[^n] More text.[^n]\n\n[^n]: The note.\n");
        page.Unload();

        var notes = page.Notes;
        var footnote = Assert.Single(notes.OfType<FootnoteGroup>().SelectMany(g => g.OfType<Footnote>()));
        Assert.Single(notes);
        Assert.Equal(2, footnote.Links.Count);
        Assert.All(footnote.Links, link => Assert.Null(link.Parent));
        // Each run of text is a string of its own, not a slice of the page's whole text.
        var literals = Markdig.Syntax.MarkdownObjectExtensions.Descendants<Markdig.Syntax.Inlines.LiteralInline>(footnote).ToList();
        Assert.NotEmpty(literals);
        Assert.All(literals, literal => Assert.Equal(literal.Content.Length, literal.Content.Text.Length));
        Assert.Same(notes, page.Notes);
    }

    [Fact]
    public void Link_keeps_an_event_loaded_when_it_lets_a_chapter_go()
    {
        var front = new EventFrontMatter { Id = "meeting", Title = "Meeting", Start = "2018-05-14T19:00", End = "2018-05-14T21:00", TimeZone = "Europe/Amsterdam", Status = "scheduled" };
        var meeting = ParseMarkdown.Parse(new SourceDocument("input/events/meeting.md", PageKind.Event, front, "The meeting.\n", 9), new DiagnosticBag());
        var chapter = Parse("chapter");
        var (eventAst, chapterAst) = (meeting.Ast, chapter.Ast);

        LinkPages.Prepare(meeting, unload: true);
        LinkPages.Prepare(chapter, unload: true);

        Assert.Same(eventAst, meeting.Ast);
        Assert.NotSame(chapterAst, chapter.Ast);
    }

    [Fact]
    public void An_unloaded_page_without_notes_keeps_an_empty_document_of_them_not_its_text_parsed_again()
    {
        var page = Parse("plain");
        page.Unload();

        Assert.Empty(page.Notes);
        Assert.Same(page.Notes, page.Notes);
    }


    private static ParsedPage Parse(string id, string body = "Text.\n")
    {
        var front = new ChapterFrontMatter { Id = id, Number = "I", Title = id, Order = 1 };
        return ParseMarkdown.Parse(new SourceDocument($"input/chapters/{id}.md", PageKind.Chapter, front, body, 7), new DiagnosticBag());
    }
}
