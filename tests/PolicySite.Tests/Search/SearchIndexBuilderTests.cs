using PolicySite.Search;

namespace PolicySite.Tests.Search;

/// <summary>Scoring sections into postings, on a site large enough that each core scores a run of its sections.</summary>
public sealed class SearchIndexBuilderTests
{
    [Fact]
    public void Given_more_sections_than_one_core_scores_When_built_Then_each_terms_postings_name_its_sections_once_in_section_order()
    {
        // 10,000 sections: two runs or more on a machine of two cores or more (4,096 sections a run at least).
        const int Count = 10_000;
        var records = Enumerable.Range(0, Count)
            .Select(i => new SearchRecord($"/p{i}/", $"Page {i}", $"Heading {i}", [$"Page {i}"], null,
                i % 7 == 0 ? "alpha tick filler words here" : "alpha other filler words here", []))
            .ToList();

        var index = SearchIndexBuilder.Build(records);

        var alpha = Sections(index, "alpha");
        Assert.Equal(Enumerable.Range(0, Count), alpha.Select(p => p.Section));
        var tick = Sections(index, "tick");
        Assert.Equal(Enumerable.Range(0, Count).Where(i => i % 7 == 0), tick.Select(p => p.Section));
        // Sections alike in length and weight score a term alike, whichever run scored them.
        Assert.Single(tick.Select(p => p.Impact).Distinct());
        Assert.Single(alpha.Select(p => p.Impact).Distinct());
        // Each section's own heading word is in its postings alone.
        Assert.Equal([4321], Sections(index, "4321").Select(p => p.Section));
    }

    private static List<(int Section, int Impact)> Sections(SearchIndex index, string term)
    {
        var postings = Assert.Single(index.Terms, t => t.Term == term).Postings;
        return Enumerable.Range(0, postings.Length / 2).Select(i => (postings[2 * i], postings[2 * i + 1])).ToList();
    }
}
