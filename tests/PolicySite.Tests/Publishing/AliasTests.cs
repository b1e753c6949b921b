using PolicySite.Publishing;

namespace PolicySite.Tests.Publishing;

/// <summary>
/// The real event's former address on the Dutch calendar it came from redirects to its page: a 301
/// where the host reads <c>_redirects</c>, a page that forwards the reader where it does not.
/// </summary>
public sealed class AliasTests(PublishedSite site) : IClassFixture<PublishedSite>
{
    private const string Alias = "evenement/partners-under-pressure/";

    private const string Target = "events/partners-under-pressure/";

    [Fact]
    public void Should_write_a_forced_permanent_redirect_from_the_former_address_to_the_page()
    {
        var rules = site.Text(RedirectsFile.FileName).Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();

        var rule = Assert.Single(rules);
        Assert.Equal([PublishedSite.BasePath + Alias, PublishedSite.BasePath + Target, "301!"], rule.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void Should_write_a_redirect_page_at_the_former_address_that_forwards_at_once()
    {
        var page = site.Page(Alias + "index.html");

        var refresh = page.QuerySelector("meta[http-equiv='refresh']")?.GetAttribute("content");

        Assert.Equal($"0; url={PublishedSite.BasePath}{Target}", refresh);
        Assert.True(site.Exists(Target + "index.html"), "the page the alias leads to exists");
    }

    [Fact]
    public void The_redirect_page_has_a_visible_link_for_browsers_that_do_not_follow_it()
    {
        var page = site.Page(Alias + "index.html");

        var link = Assert.Single(page.QuerySelectorAll("main a[href]"));

        Assert.Equal(PublishedSite.BasePath + Target, link.GetAttribute("href"));
        Assert.Equal("Partners under Pressure: The future of civil society in Dutch Human Rights Policy", link.TextContent.Trim());
        Assert.Equal("This page has moved", page.QuerySelector("h1")?.TextContent.Trim());
    }

    [Fact]
    public void The_redirect_page_sends_search_engines_to_the_page_and_is_not_indexed_itself()
    {
        var page = site.Page(Alias + "index.html");

        Assert.Equal(PublishedSite.BaseUrl + Target, Assert.Single(page.QuerySelectorAll("link[rel='canonical']")).GetAttribute("href"));
        Assert.True(PublishedSite.IsNoIndex(page));
        Assert.Empty(page.QuerySelectorAll("meta[property^='og:']"));
    }

    [Fact]
    public void The_redirect_page_works_under_the_Content_Security_Policy()
    {
        var page = site.Page(Alias + "index.html");

        Assert.Empty(page.QuerySelectorAll("script:not([src])"));
        Assert.All(page.QuerySelectorAll("script[src]"), s => Assert.StartsWith(PublishedSite.BasePath + "assets/", s.GetAttribute("src")!, StringComparison.Ordinal));
    }
}
