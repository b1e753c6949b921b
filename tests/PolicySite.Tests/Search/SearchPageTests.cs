using AngleSharp.Dom;
using PolicySite.Tests.Site;

namespace PolicySite.Tests.Search;

/// <summary>The search page (/search/) of the real site, as it is without script.</summary>
public sealed class SearchPageTests(RealSite site) : IClassFixture<RealSite>
{
    private IDocument Page => site.Page("search/index.html");

    [Fact]
    public void The_search_page_has_a_labelled_search_box_that_reads_q_and_a_list_for_results()
    {
        var form = Page.QuerySelector("main form[role=search]")!;
        Assert.Equal("/search/", form.GetAttribute("action"));
        var input = form.QuerySelector("input[name=q]")!;
        Assert.NotNull(Page.QuerySelector($"label[for={input.Id}]"));
        Assert.NotNull(Page.QuerySelector("ol#search-results"));
        Assert.Equal("polite", Page.GetElementById("search-status")!.GetAttribute("aria-live"));
    }

    [Fact]
    public void Without_script_the_page_says_search_needs_it_and_offers_the_contents_and_an_index_of_subjects()
    {
        var notice = Page.QuerySelector("[data-search-no-script]")!;
        Assert.Contains("JavaScript", notice.TextContent);
        Assert.False(notice.HasAttribute("hidden"));
        Assert.NotNull(Page.QuerySelector("main nav.contents a[href='/chapters/importance/']"));
        Assert.NotNull(Page.QuerySelector("main section.subjects"));
    }

    [Fact]
    public void Results_can_be_filtered_by_each_objective()
    {
        var values = Page.QuerySelectorAll("input[name=objective]").Select(r => r.GetAttribute("value")).ToList();
        Assert.Equal(["", "I", "II", "III"], values);
    }

    [Fact]
    public void The_index_of_subjects_has_headings_priorities_and_annex_entries_from_A_to_Z()
    {
        var subjects = Subjects();

        // An annex entry, at the paragraph that states it.
        Assert.Equal(["/objectives/human-rights/#partnerships-p3"], subjects["Safety for Voices"]);
        // A thematic priority.
        Assert.Contains("/priorities/human-rights-defenders/", subjects["Protecting human rights defenders and civic space"]);
        // A heading, filed without its number, with each of its four places.
        Assert.Equal(4, subjects["Stronger partnerships with countries, coalitions and civil society organisations"].Count);
        // The letters lead to their groups.
        foreach (var letter in Page.QuerySelectorAll(".subject-letters a"))
        {
            Assert.NotNull(Page.GetElementById(letter.GetAttribute("href")!.TrimStart('#')));
        }
        var order = Page.QuerySelectorAll("h3.subject-letter").Select(h => h.TextContent).ToList();
        Assert.Equal(order.Order(StringComparer.Ordinal).Where(l => l.Length == 1), order.Where(l => l.Length == 1));
    }

    [Fact]
    public void Every_link_of_the_index_of_subjects_leads_to_a_place_that_exists()
    {
        foreach (var link in Page.QuerySelectorAll("section.subjects .subject-places a"))
        {
            var href = link.GetAttribute("href")!;
            var hash = href.IndexOf('#');
            var path = (hash < 0 ? href : href[..hash]).TrimStart('/') + "index.html";
            var target = site.Page(path);
            if (hash >= 0)
            {
                Assert.True(target.GetElementById(href[(hash + 1)..]) is not null, href);
            }
        }
    }

    private Dictionary<string, List<string>> Subjects() =>
        Page.QuerySelectorAll(".subject-list > li").ToDictionary(
            li => li.QuerySelector(".subject-label")!.TextContent,
            li => li.QuerySelectorAll(".subject-places a").Select(a => a.GetAttribute("href")!).ToList());
}
