using PolicySite.Linking;
using PolicySite.Markdown;

namespace PolicySite.Tests.Linking;

public class SiteIndexTests
{
    private static SiteIndex IndexWithPartners()
    {
        var index = new SiteIndex();
        var section = IndexTarget.Section("partners#partnerships", "partners", "/chapters/partners/", "partnerships", "3 Stronger partnerships");
        index.Add(section.Id, section);
        index.Add("partnerships", section);
        index.AddParagraphs(new PageParagraphs("partners", "/chapters/partners/", "Partners",
            [new Heading("partnerships", "3 Stronger partnerships", 2)],
            [new(null, "intro", 1), new(null, "partnerships", 1), new(null, "partnerships", 2), new("pledge", "partnerships", 3)]));
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
        var section = IndexTarget.Section("p#aims", "p", "/p/", "aims", "Aims");
        index.Add(section.Id, section);
        index.AddParagraphs(new PageParagraphs("p", "/p/", "P", [new Heading("aims", "Aims", 2)], [new("aims", "aims", 1)]));

        var targets = index.Find("p#aims");

        Assert.Equal(["Aims", "Aims, ¶ 1"], targets.Select(t => t.Title));
    }

    [Fact]
    public void Should_offer_paragraph_ids_to_suggestions()
    {
        Assert.Contains("partners#partnerships-p2", IndexWithPartners().Ids);
        Assert.Contains("partners#pledge", IndexWithPartners().Ids);
    }
}
