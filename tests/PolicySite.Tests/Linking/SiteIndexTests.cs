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
            [("intro-p1", "intro", 1), ("partnerships-p1", "partnerships", 1), ("partnerships-p2", "partnerships", 2)]));
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
        Assert.Empty(index.Find("partners#partnerships-p3"));
        Assert.Single(index.Find("partners#partnerships"));
    }

    [Fact]
    public void Should_report_an_id_that_names_a_section_and_a_paragraph_as_ambiguous_section_first()
    {
        var index = new SiteIndex();
        var section = IndexTarget.Section("p#aims", "p", "/p/", "aims", "Aims");
        index.Add(section.Id, section);
        index.AddParagraphs(new PageParagraphs("p", "/p/", "P", [new Heading("aims", "Aims", 2)], [("aims", "aims", 1)]));

        var targets = index.Find("p#aims");

        Assert.Equal(["Aims", "Aims, ¶ 1"], targets.Select(t => t.Title));
    }

    [Fact]
    public void Should_offer_paragraph_ids_to_suggestions()
    {
        Assert.Contains("partners#partnerships-p2", IndexWithPartners().Ids);
    }
}
