using PolicySite.Tests.Site;

namespace PolicySite.Tests.Linking;

/// <summary>The notes page and the sources page on the real site.</summary>
public sealed class NotesAndSourcesPageTests(RealSite site) : IClassFixture<RealSite>
{
    [Fact]
    public void The_notes_page_lists_all_31_notes_in_order_each_linking_to_where_it_is_cited()
    {
        var notes = site.Page("notes/index.html").QuerySelectorAll("ol.notes-list > li").ToList();

        Assert.Equal(Enumerable.Range(1, 31).Select(n => $"note-{n}"), notes.Select(n => n.Id));
        foreach (var note in notes)
        {
            var number = note.Id!["note-".Length..];
            var cited = note.QuerySelectorAll(".note-cited a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.NotEmpty(cited);
            foreach (var href in cited)
            {
                var (path, anchor) = Split(href);
                Assert.StartsWith($"fnref-{number}", anchor);
                Assert.NotNull(site.Page(path).GetElementById(anchor));
            }
        }
    }

    [Fact]
    public void Each_source_is_listed_once_with_every_note_that_cites_it()
    {
        var sources = site.Page("references/index.html").QuerySelectorAll("ol.sources-list > li").ToList();
        var ids = sources.Select(s => s.Id).ToList();

        Assert.Equal(ids.Distinct().Count(), ids.Count);
        Assert.Equal(["9", "12"], CitingNotes(sources, "source-aiv-core-interest"));
        Assert.Equal(["3", "8", "15"], CitingNotes(sources, "source-global-multilateralism"));
    }

    [Fact]
    public void A_source_without_a_url_is_shown_as_text_and_a_source_with_one_as_a_link()
    {
        var sources = site.Page("references/index.html").QuerySelectorAll("ol.sources-list > li").ToDictionary(s => s.Id!);

        Assert.Null(sources["source-aiv-core-interest"].QuerySelector(".source-title a"));
        Assert.Equal("https://www.elpaccto.eu/en", sources["source-elpaccto"].QuerySelector(".source-title a")!.GetAttribute("href"));
    }

    [Fact]
    public void The_notes_page_shows_no_backlinks_whose_targets_are_on_other_pages()
    {
        Assert.Empty(site.Page("notes/index.html").QuerySelectorAll("a[role=doc-backlink]"));
    }

    private static List<string> CitingNotes(List<AngleSharp.Dom.IElement> sources, string id) =>
        sources.Single(s => s.Id == id).QuerySelectorAll(".source-cited a").Select(a => a.TextContent.Split(' ').Last()).ToList();

    private static (string Path, string Anchor) Split(string href)
    {
        var hash = href.IndexOf('#');
        return (href[1..hash] + "index.html", href[(hash + 1)..]);
    }
}
