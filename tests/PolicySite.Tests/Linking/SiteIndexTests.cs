using PolicySite.Linking;
using PolicySite.Markdown;

namespace PolicySite.Tests.Linking;

public class SiteIndexTests
{
    private static SiteIndex IndexWithPartners()
    {
        var index = new SiteIndex(0, key => key == "note" ? "Note" : key);
        index.Add("partners", new IndexTarget("partners", "Partners", "/chapters/partners/", "partners"));
        index.AddPage(new PageTargets("partners", "/chapters/partners/", "Partners",
            [new Heading("partnerships", "3 Stronger partnerships", 2)],
            [new(null, "intro", 1), new(null, "partnerships", 1), new(null, "partnerships", 2), new("pledge", "partnerships", 3)],
            NoteOffset: 4, NoteOrders: [1, 2]));
        return index;
    }

    [Fact]
    public void Should_find_a_paragraph_by_page_and_anchor_titled_by_its_section()
    {
        var index = IndexWithPartners();

        var target = Assert.Single(index.Find("partners#partnerships-p2"));
        Assert.Equal(("partners#partnerships-p2", "3 Stronger partnerships, ¶ 2", "/chapters/partners/#partnerships-p2", "partners"),
            (target.Id, target.Title, target.Url, target.PageId));
        Assert.Equal("Partners, ¶ 1", Assert.Single(index.Find("partners#intro-p1")).Title);
    }

    [Fact]
    public void Should_find_no_paragraph_by_its_bare_anchor_or_on_another_page()
    {
        var index = IndexWithPartners();

        Assert.Empty(index.Find("partnerships-p2"));
        Assert.Empty(index.Find("other#partnerships-p2"));
        // A paragraph whose id its author gave ({#pledge}) is found by that id, not by its number.
        Assert.Empty(index.Find("partners#partnerships-p3"));
        Assert.Equal("3 Stronger partnerships, ¶ 3", Assert.Single(index.Find("partners#pledge")).Title);
        // A numbered id is found only as written: not with a leading zero, another number or no number.
        Assert.Empty(index.Find("partners#partnerships-p02"));
        Assert.Empty(index.Find("partners#partnerships-p12"));
        Assert.Empty(index.Find("partners#partnerships-p"));
        Assert.Empty(index.Find("partners#partnerships-"));
        Assert.Single(index.Find("partners#partnerships"));
    }

    [Fact]
    public void Should_report_an_id_that_names_a_section_and_a_paragraph_as_ambiguous_section_first()
    {
        var index = new SiteIndex();
        index.AddPage(new PageTargets("p", "/p/", "P", [new Heading("aims", "Aims", 2)], [new("aims", "aims", 1)], 0, []));

        var targets = index.Find("p#aims");

        Assert.Equal(["Aims", "Aims, ¶ 1"], targets.Select(t => t.Title));
    }

    [Fact]
    public void Should_find_a_section_by_page_and_heading_id_and_by_its_bare_id_as_one_target()
    {
        var index = IndexWithPartners();

        var qualified = Assert.Single(index.Find("partners#partnerships"));
        Assert.Equal(("partners#partnerships", "3 Stronger partnerships", "/chapters/partners/#partnerships", "partners"),
            (qualified.Id, qualified.Title, qualified.Url, qualified.PageId));
        Assert.Equal(qualified, Assert.Single(index.Find("partnerships")));
        Assert.Empty(index.Find("other#partnerships"));
    }

    [Fact]
    public void Should_report_a_bare_heading_id_that_two_pages_share_as_ambiguous_in_page_order()
    {
        var index = new SiteIndex();
        index.AddPage(new PageTargets("b", "/b/", "B", [new Heading("aims", "Aims of B", 2)], [], 0, []));
        index.AddPage(new PageTargets("a", "/a/", "A", [new Heading("aims", "Aims of A", 2), new Heading("more", "More", 2)], [], 0, []));

        Assert.Equal(["b#aims", "a#aims"], index.Find("aims").Select(t => t.Id));
        Assert.Equal("a#more", Assert.Single(index.Find("more")).Id);
    }

    [Fact]
    public void Should_find_a_document_note_by_its_number_on_the_page_that_has_it()
    {
        var index = IndexWithPartners();
        // Pages come in reading order, but the index must not depend on it.
        index.AddPage(new PageTargets("early", "/chapters/early/", "Early", [], [], NoteOffset: 0, NoteOrders: [1, 2, 3, 4]));
        index.AddPage(new PageTargets("late", "/chapters/late/", "Late", [], [], NoteOffset: 6, NoteOrders: [1]));

        var note = Assert.Single(index.Find("note-5"));
        Assert.Equal(("note-5", "Note 5", "/chapters/partners/#fn-5", "partners"), (note.Id, note.Title, note.Url, note.PageId));
        Assert.Equal(["early", "early", "early", "early", "partners", "partners", "late"], Enumerable.Range(1, 7).Select(n => Assert.Single(index.Find($"note-{n}")).PageId));
        Assert.Equal("/chapters/early/#fn-1", Assert.Single(index.Find("note-1")).Url);
        // Numbers no page has, and ids written otherwise, name nothing.
        Assert.Empty(index.Find("note-0"));
        Assert.Empty(index.Find("note-8"));
        Assert.Empty(index.Find("note-05"));
        Assert.Empty(index.Find("note-+5"));
        Assert.Empty(index.Find("note-5x"));
        Assert.Empty(index.Find("note-"));
        Assert.Empty(index.Find("note-99999999999"));
    }

    [Fact]
    public void Should_offer_section_paragraph_and_note_ids_to_suggestions()
    {
        var ids = IndexWithPartners().Ids.ToList();

        Assert.Contains("partners", ids);
        Assert.Contains("partnerships", ids);
        Assert.Contains("partners#partnerships", ids);
        Assert.Contains("partners#partnerships-p2", ids);
        Assert.Contains("partners#pledge", ids);
        Assert.Contains("note-5", ids);
        Assert.Contains("note-6", ids);
        Assert.DoesNotContain("note-4", ids);
    }
}
