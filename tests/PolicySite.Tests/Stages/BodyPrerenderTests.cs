using System.Text;
using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Linking;
using PolicySite.Markdown;
using PolicySite.Markdown.Prerendering;
using PolicySite.Pipeline;
using PolicySite.Templates;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Stages;

/// <summary>
/// A one-off build renders most pages' bodies as soon as they are parsed, with holes for the
/// notes' numbers and the cross-references' targets that Link fills: filled in, a prerendered body
/// must be, byte for byte, the HTML of the AST that Link and Render changed.
/// </summary>
public sealed class BodyPrerenderTests : IDisposable
{
    // Characters of two, three and four bytes before the holes, so that a hole's place is a byte
    // offset that differs from its character offset.
    private const string First = """
        Opening paragraph — café, naïve, 𝄞 — with a note.[^a] And a second citation of another.[^b]

        ## Aims {#aims}

        See [the method](xref:second#methods "A title"), <xref:second>, [](xref:aims) and [](xref:note-3).
        Sources: [framework](ref:with-url), [report](ref:without-url), [methods](ref:via-xref).[^b]

        | Where | Link |
        |---|---|
        | table | [](xref:second#methods) |

        > Quoted: [*emphasised*](xref:second){.special}

        Figures: ![a *diagram*](xref:second "Its title") and ![](xref:second#methods).

        [^a]: See [framework](ref:with-url) and <xref:second>, ✓.
        [^b]: Cited twice.
        """;

    private const string Second = """
        ## Methods {#methods}

        Method text.[^c] Again.[^d] And again.[^c]

        [^c]: Back to [the aims](xref:first#aims) and [report](ref:without-url).
        [^d]: A plain note.
        """;

    private readonly SiteFixture _site = new();

    public BodyPrerenderTests() => LinkedSampleContent.WriteTwoChapters(_site, First, Second);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_prerendered_body_with_its_holes_filled_is_the_HTML_of_the_AST_Link_and_Render_changed()
    {
        var loaded = RenderStage.Link(_site);
        Assert.DoesNotContain(loaded.Diagnostics.Sorted(), d => d.Severity == DiagnosticSeverity.Error);
        var (prerendered, urls) = Prerender();

        for (var i = 0; i < loaded.Linked.ReadingOrder.Count; i++)
        {
            var expected = loaded.Linked.ReadingOrder[i];
            expected.Parsed.Change(LinkedSampleContent.Dutch.AttachTo);
            var page = prerendered.ReadingOrder[i];
            Assert.True(page.Parsed.IsPrerendered);

            Assert.Equal(MarkdownHtml.Render(expected.Parsed.Ast), Fill(page, prerendered, urls));
        }

        // What the two must agree on is there: notes numbered across pages, links resolved, labels.
        (prerendered, urls) = Prerender();
        var second = Fill(prerendered.ReadingOrder[1], prerendered, urls);
        Assert.Contains("<ol start=\"3\">", second);
        Assert.Contains("<li id=\"fn-4\" value=\"4\">", second);
        Assert.Contains("id=\"fnref-3-2\"", second);
        Assert.Contains("href=\"#fnref-3-2\"", second);
        Assert.Contains("href=\"/chapters/first/#aims\"", second);
        Assert.Contains("<cite class=\"source\">report</cite>", second);
        var first = Fill(prerendered.ReadingOrder[0], prerendered, urls);
        Assert.Contains("href=\"/chapters/second/#methods\" title=\"A title\"", first);
        Assert.Contains(">Second</a>", first);
        Assert.Contains(">Aims</a>", first);
        Assert.Contains("<img src=\"/chapters/second/\" alt=\"a diagram\" title=\"Its title\" />", first);
        Assert.Contains("<img src=\"/chapters/second/#methods\" alt=\"Methods\" />", first);
        Assert.Contains("Voetnoot", first);
    }

    [Fact]
    public void The_notes_of_a_prerendered_page_are_those_of_a_loaded_one_for_the_notes_page()
    {
        var loaded = RenderStage.Link(_site).Linked;
        var (prerendered, urls) = Prerender();

        for (var i = 0; i < loaded.ReadingOrder.Count; i++)
        {
            Assert.Equal(LinkedSampleContent.NotesHtml(loaded.ReadingOrder[i].Parsed), NotesHtml(prerendered.ReadingOrder[i], prerendered, urls));
        }
        Assert.Contains("3:", NotesHtml(prerendered.ReadingOrder[1], prerendered, urls));
    }

    [Fact]
    public void A_prerendered_page_holds_neither_its_AST_nor_its_text_nor_once_written_its_body()
    {
        var (prerendered, urls) = Prerender();

        var page = prerendered.ReadingOrder[0];
        Assert.Throws<InvalidOperationException>(() => page.Parsed.Ast);
        Assert.Throws<InvalidOperationException>(() => page.Parsed.Source.Body);
        Fill(page, prerendered, urls);
        Assert.Throws<InvalidOperationException>(() => page.Parsed.TakePrerendered());
        // The notes page reads its notes after that, as they were prerendered: their AST is gone too.
        Assert.NotEmpty(page.Parsed.PrerenderedNotes!.Notes);
        Assert.Throws<InvalidOperationException>(() => page.Parsed.Notes);
    }

    [Fact]
    public void Pages_that_other_pages_read_are_rendered_from_their_AST_and_the_rest_are_prerendered()
    {
        _site.Write("input/chapters/03-third.md", SampleContent.Chapter(id: "third", order: 3, title: "Third", number: "III", body: "Third text.\n"));
        _site.Write("input/events/meeting.md", SampleContent.Event());
        _site.Write("input/data/priorities.yml", """
            - id: working
              title: "Working methods"
              paragraphs:
                - "second#methods-p1"
            """);

        var (prerendered, _) = Prerender();

        Assert.Equal(["first", "third"], prerendered.ReadingOrder.Where(p => p.Parsed.IsPrerendered).Select(p => p.Id));
        Assert.False(Assert.Single(prerendered.Events).Parsed.IsPrerendered);

        // An id without a page could name a paragraph of any page: then none is prerendered.
        _site.Write("input/data/priorities.yml", """
            - id: working
              title: "Working methods"
              paragraphs:
                - "methods"
            """);
        (prerendered, _) = Prerender();
        Assert.All(prerendered.ReadingOrder, p => Assert.False(p.Parsed.IsPrerendered));
    }

    [Fact]
    public void A_one_off_build_writes_the_pages_the_preview_renders_from_their_ASTs()
    {
        var options = _site.Options(now: new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

        var oneOff = new SiteBuilder().Build(options, write: false);
        var preview = new IncrementalBuilder(options).Build().Build;

        Assert.True(oneOff.Succeeded, string.Join("\n", oneOff.Diagnostics));
        Assert.Equal(preview.Files.Select(f => f.Path), oneOff.Files.Select(f => f.Path));
        Assert.All(preview.Files.Zip(oneOff.Files), pair => Assert.Equal(Encoding.UTF8.GetString(pair.First.Content), Encoding.UTF8.GetString(pair.Second.Content)));
        var first = oneOff.Files.Single(f => f.Path == "chapters/first/index.html");
        Assert.Contains("href=\"/chapters/second/#methods\"", Encoding.UTF8.GetString(first.Content));
    }

    [Fact]
    public void The_body_writer_encodes_a_character_written_in_two_halves_as_one()
    {
        var writer = new Utf8BodyWriter();
        writer.Write("a\uD834");
        writer.Write("\uDD1Eb");

        Assert.Equal(Encoding.UTF8.GetBytes("a𝄞b"), writer.TakeBytes());
        Assert.Equal(0, writer.Length);
    }

    /// <summary>Parse and Link as a one-off build runs them: each page prerendered as it is parsed.</summary>
    private (LinkedSite Site, SiteUrls Urls) Prerender()
    {
        var diagnostics = new DiagnosticBag();
        var site = new LoadContent().Run(_site.Input, diagnostics)!;
        var prerender = new BodyPrerenderer(site, LinkedSampleContent.Dutch);
        var facts = new PageLinkFacts[site.Documents.Count];
        var parsed = new ParseMarkdown().Run(site.Documents, diagnostics, (i, page) => facts[i] = LinkPages.Prepare(page, unload: true, prerender));
        var urls = new SiteUrls(site.Config.BaseUrl);
        var linked = new LinkPages().Run(site, parsed, facts, new LinkContext(urls, key => key), diagnostics);
        Assert.DoesNotContain(diagnostics.Sorted(), d => d.Severity == DiagnosticSeverity.Error);
        return (linked, urls);
    }

    /// <summary>A prerendered page's notes as <see cref="LinkedSampleContent.NotesHtml"/> gives a loaded page's: the document's number and the text.</summary>
    private static string NotesHtml(LinkedPage page, LinkedSite site, SiteUrls urls)
    {
        var notes = page.Parsed.PrerenderedNotes!;
        return string.Concat(notes.Notes.Select((note, n) =>
            (note.Order + page.NoteOffset) + ":" + notes.Html(n, page.NoteOffset, id => CrossReferenceResolver.Resolve(id, site.Index, urls))));
    }

    private static string Fill(LinkedPage page, LinkedSite site, SiteUrls urls)
    {
        var writer = new StringWriter();
        MarkdownHtml.WritePrerendered(page.Parsed.TakePrerendered(), writer, page.NoteOffset, id => CrossReferenceResolver.Resolve(id, site.Index, urls));
        return writer.ToString();
    }
}
