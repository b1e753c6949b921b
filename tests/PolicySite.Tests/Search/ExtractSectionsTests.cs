using System.Text;
using PolicySite.Html;
using PolicySite.Search;

namespace PolicySite.Tests.Search;

/// <summary>Cutting a rendered page into searchable sections, on small pages written here.</summary>
public sealed class ExtractSectionsTests
{
    private static readonly SearchablePage Page = new("p/index.html", "/base/p/", "Democracy", ["IV", "Democracy"], "II", 1.0);

    private static IReadOnlyList<SearchRecord> Extract(string main, SearchablePage? page = null) =>
        new ExtractSections(SearchIndexOptions.Default).Extract(
            HtmlTreeReader.Read($"<!DOCTYPE html><html><body><header>Site <nav>Menu</nav></header><main id=\"main\">{main}</main><footer>Colophon</footer></body></html>"),
            page ?? Page,
            key => key == "search_note" ? "Note" : key);

    [Fact]
    public void Given_headings_with_ids_When_extracted_Then_each_starts_a_section_and_the_text_before_them_is_the_introduction()
    {
        var records = Extract("""
            <div class="page-header"><p class="caption">Objective II</p><h1>Democracy</h1></div>
            <p id="intro-p1">Introduction text.</p>
            <h2 id="objective">Objective II: Fighting democratic backsliding</h2>
            <h3 id="partnerships">3 Stronger partnerships</h3>
            <p id="partnerships-p1">First paragraph.</p>
            <p id="partnerships-p2">Second <em>paragraph</em>.</p>
            """);

        Assert.Equal(["/base/p/", "/base/p/#objective", "/base/p/#partnerships"], records.Select(r => r.Url));
        var partnerships = records[2];
        Assert.Equal("3 Stronger partnerships", partnerships.Heading);
        Assert.Equal(["IV", "Democracy", "3 Stronger partnerships"], partnerships.Breadcrumb);
        Assert.Equal("II", partnerships.Objective);
        Assert.Equal("First paragraph.\nSecond paragraph.", partnerships.Text);
        Assert.Equal([("partnerships-p1", 0), ("partnerships-p2", 17)], partnerships.Paragraphs);
        Assert.Equal(["IV", "Democracy"], records[0].Breadcrumb);
        Assert.Equal("", records[1].Text);
    }

    [Fact]
    public void Given_white_space_of_every_kind_When_extracted_Then_words_are_parted_by_one_space_and_blocks_by_a_line_break()
    {
        // Tabs, line breaks, no-break, em and ideographic spaces, the line separator and NEL all
        // count as white space, as char.IsWhiteSpace has it; a zero-width non-joiner does not.
        var records = Extract("<h2 id=\"s\">S</h2>" +
            "<p id=\"s-p1\">  One\ttwo\r\n three\u00A0four\u2003five\u3000six\u2028seven\u0085eight  </p>" +
            "<p id=\"s-p2\">nine\u200Cten<b>eleven</b> <i> twelve </i>thirteen</p>");

        var record = Assert.Single(records);
        Assert.Equal("One two three four five six seven eight\nnine\u200Cteneleven twelve thirteen", record.Text);
        Assert.Equal([("s-p1", 0), ("s-p2", 40)], record.Paragraphs);
    }

    [Fact]
    public void Given_text_with_runs_of_plain_words_broken_in_every_way_When_extracted_Then_it_reads_as_its_words_parted_by_one_space()
    {
        // Plain text (printable ASCII, one space between words) is copied in one piece; these are
        // the ways a run of it ends: two spaces, a tab, a line break, a character beyond ASCII at a
        // word's start or within it, a control character, spaces at the end, and the end of an element.
        const string Words = "Plain words,  then\ttwo\nmore: \u201Cquoted\u201D don\u2019t caf\u00E9 \u0001odd\u007Fdel ";
        var alphabet = new[] { "a", "bc", "Def.", " ", "  ", "\t", "\n", "\u00A0", "\u00E9", "\u2019", "\u0001", "\u007F", "xyz" };
        var random = new Random(14);
        var texts = Enumerable.Range(0, 300)
            .Select(_ => string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => alphabet[random.Next(alphabet.Length)])))
            .Prepend(Words);

        foreach (var text in texts)
        {
            var records = Extract($"<h2 id=\"s\">S</h2><p id=\"s-p1\">x {text}</p><p id=\"s-p2\">{text}<b>end</b></p>");

            var record = Assert.Single(records);
            Assert.Equal(Collapse($"x {text}") + "\n" + Collapse(text + "end"), record.Text);
            Assert.Equal([("s-p1", 0), ("s-p2", Collapse($"x {text}").Length + 1)], record.Paragraphs);
        }

        static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Given_chrome_and_decoration_When_extracted_Then_none_of_it_is_in_the_text()
    {
        var records = Extract("""
            <nav class="page-toc"><h2 id="page-toc-heading">On this page</h2></nav>
            <h2 id="dialogue">2 A dialogue of equals</h2>
            <p class="section-links">This part of the approach elsewhere: <a href="#">Human rights</a></p>
            <p id="dialogue-p1">People-centred approach.<a href="#fn-17" class="footnote-ref"><sup><span class="visually-hidden">Footnote </span>17</sup></a> <a class="permalink" href="#dialogue-p1"><span class="visually-hidden">Link to this paragraph</span><span aria-hidden="true">¶</span></a></p>
            <div aria-hidden="true">Amsterdam Rotterdam Den Haag</div>
            <p data-search-ignore>Not for search.</p>
            <aside class="related"><h2 id="related-heading">Related events</h2></aside>
            <section class="footnotes"><ol><li id="fn-17"><p>A note.</p></li></ol></section>
            """);

        var record = Assert.Single(records);
        Assert.Equal("/base/p/#dialogue", record.Url);
        Assert.Equal("People-centred approach.", record.Text);
    }

    [Fact]
    public void Given_a_list_of_notes_When_extracted_Then_each_note_is_a_section_named_by_its_number()
    {
        var page = new SearchablePage("notes/index.html", "/notes/", "Notes", ["Notes"], null, 0.6, CrumbsFromCaption: true);
        var records = Extract("""
            <div class="page-header"><h1>Notes</h1><p class="lead">All notes.</p></div>
            <ol class="notes-list">
              <li id="note-1" value="1"><div class="note-text"><p>The Kingdom.</p></div><p class="note-cited">Cited in <a href="#">I</a></p></li>
              <li id="note-2" value="2"><div class="note-text"><p>A <cite class="source">report</cite>.</p></div></li>
            </ol>
            """, page);

        Assert.Equal(["/notes/#note-1", "/notes/#note-2"], records.Select(r => r.Url));
        Assert.Equal(["Note 1", "Note 2"], records.Select(r => r.Heading));
        Assert.Equal(["The Kingdom.", "A report."], records.Select(r => r.Text));
        Assert.Equal(["Notes", "Note 1"], records[0].Breadcrumb);
        Assert.Equal(0.6, records[0].Weight);
    }

    [Fact]
    public void Given_a_list_of_notes_inside_a_section_When_extracted_Then_the_section_goes_on_after_it_with_paragraph_starts_in_UTF16_units()
    {
        var records = Extract("""
            <h2 id="sources">Sources</h2>
            <p id="sources-p1">Before 𝔸 the list.</p>
            <ol class="notes-list">
              <li id="note-1" value="1"><p id="note-1-p1">Ünïcode 😀 note.</p></li>
              <li id="note-2" value="2"><p>Second.</p></li>
            </ol>
            <p id="sources-p2">After the list, café.</p>
            """);

        Assert.Equal(["/base/p/#sources", "/base/p/#note-1", "/base/p/#note-2"], records.Select(r => r.Url));
        var sources = records[0];
        Assert.Equal("Before 𝔸 the list.\nAfter the list, café.", sources.Text);
        Assert.Equal([("sources-p1", 0), ("sources-p2", 20)], sources.Paragraphs);
        Assert.Equal(41, sources.TextLength);
        Assert.Equal(Encoding.UTF8.GetBytes(sources.Text), sources.Utf8Text);
        Assert.Equal(["Ünïcode 😀 note.", "Second."], records.Skip(1).Select(r => r.Text));
        Assert.Equal([("note-1-p1", 0)], records[1].Paragraphs);
        Assert.Equal(16, records[1].TextLength);
    }

    [Fact]
    public void Given_a_generated_page_with_a_caption_When_extracted_Then_the_caption_leads_its_breadcrumb()
    {
        var page = new SearchablePage("priorities/x/index.html", "/priorities/x/", "Protecting defenders", ["Protecting defenders"], null, 0.5, CrumbsFromCaption: true);
        var record = Assert.Single(Extract("""
            <div class="page-header"><p class="caption">Thematic priority</p><h1>Protecting defenders</h1></div>
            <figure class="excerpt"><blockquote><p>Quoted paragraph.</p></blockquote><figcaption><a href="#">Human rights › 3, ¶ 3</a></figcaption></figure>
            """, page));

        Assert.Equal(["Thematic priority", "Protecting defenders"], record.Breadcrumb);
        Assert.Equal("Quoted paragraph.", record.Text);
    }
}
