using AngleSharp.Dom;

namespace PolicySite.Tests.Publishing;

/// <summary>
/// What search engines and link previews read in every page's head: one canonical URL under the
/// base URL, a description from the page's summary, Open Graph and Twitter card metadata.
/// </summary>
public sealed class FindableTests(PublishedSite site) : IClassFixture<PublishedSite>
{
    private IEnumerable<KeyValuePair<string, IDocument>> IndexablePages =>
        site.Pages.Where(p => !PublishedSite.IsNoIndex(p.Value));

    private static string? Meta(IDocument page, string attribute, string name) =>
        page.QuerySelectorAll($"meta[{attribute}='{name}']").SingleOrDefault()?.GetAttribute("content");

    [Fact]
    public void Every_page_has_exactly_one_canonical_URL_and_it_is_under_the_base_URL()
    {
        // Redirect pages name the page they lead to; the 404 page, served at any address, names none.
        var problems = new List<string>();
        foreach (var (path, page) in site.Pages)
        {
            var canonicals = page.QuerySelectorAll("link[rel='canonical']").Select(l => l.GetAttribute("href") ?? "").ToList();
            if (path == "404.html")
            {
                if (canonicals.Count != 0)
                {
                    problems.Add($"{path}: has a canonical URL");
                }
                continue;
            }
            if (canonicals.Count != 1 || !canonicals[0].StartsWith(PublishedSite.BaseUrl, StringComparison.Ordinal))
            {
                problems.Add($"{path}: canonical [{string.Join(", ", canonicals)}]");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.True(site.Pages.Count > 20);
    }

    [Fact]
    public void The_canonical_URL_of_an_indexable_page_is_its_own_address()
    {
        var problems = IndexablePages
            .Where(p => p.Key != "404.html")
            .Where(p => p.Value.QuerySelector("link[rel='canonical']")?.GetAttribute("href") != PublishedSite.UrlOf(p.Key))
            .Select(p => p.Key)
            .ToList();

        Assert.True(problems.Count == 0, "canonical URL is not the page's own: " + string.Join(", ", problems));
    }

    [Fact]
    public void The_404_page_is_not_indexed()
    {
        Assert.True(PublishedSite.IsNoIndex(site.Page("404.html")));
    }

    [Fact]
    public void A_page_with_a_summary_has_it_as_its_description_for_search_results_and_link_previews()
    {
        var page = site.Page("chapters/importance/index.html");

        Assert.Equal("On 24 February 2022 Russia invaded Ukraine.", Meta(page, "name", "description"));
        Assert.Equal("On 24 February 2022 Russia invaded Ukraine.", Meta(page, "property", "og:description"));
        Assert.Equal("On 24 February 2022 Russia invaded Ukraine.", Meta(page, "name", "twitter:description"));
    }

    [Fact]
    public void No_page_has_more_than_one_description()
    {
        Assert.All(site.Pages, p => Assert.True(p.Value.QuerySelectorAll("meta[name='description']").Length <= 1, p.Key));
    }

    [Fact]
    public void Every_indexable_page_has_Open_Graph_and_Twitter_card_metadata()
    {
        var problems = new List<string>();
        foreach (var (path, page) in IndexablePages)
        {
            var title = page.QuerySelector("h1")?.TextContent is { } h1 ? string.Join(' ', h1.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)) : null;
            var expected = new Dictionary<string, string?>
            {
                ["og:url"] = PublishedSite.UrlOf(path),
                ["og:site_name"] = "Human Rights – Democracy – the International Legal Order",
                ["og:locale"] = "en_GB",
                ["og:type"] = path == "index.html" ? "website" : "article",
            };
            foreach (var (property, value) in expected)
            {
                if (Meta(page, "property", property) != value)
                {
                    problems.Add($"{path}: {property} is '{Meta(page, "property", property)}', expected '{value}'");
                }
            }
            var ogTitle = Meta(page, "property", "og:title");
            if (string.IsNullOrWhiteSpace(ogTitle) || Meta(page, "name", "twitter:title") != ogTitle)
            {
                problems.Add($"{path}: og:title '{ogTitle}', twitter:title '{Meta(page, "name", "twitter:title")}'");
            }
            if (Meta(page, "name", "twitter:card") != "summary")
            {
                problems.Add($"{path}: no twitter:card summary");
            }
            if (title is not null && ogTitle is not null && !ogTitle.Contains(title, StringComparison.Ordinal) && !title.Contains(ogTitle, StringComparison.Ordinal))
            {
                problems.Add($"{path}: og:title '{ogTitle}' is not the page's title '{title}'");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Every_page_says_its_language()
    {
        Assert.All(site.Pages, p => Assert.Equal("en", p.Value.DocumentElement.GetAttribute("lang")));
    }
}
