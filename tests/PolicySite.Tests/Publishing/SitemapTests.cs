using System.Xml.Linq;
using PolicySite.Publishing;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Publishing;

/// <summary>
/// <c>sitemap.xml</c> lists every page a search engine should index and nothing else, at its
/// canonical URL, with dates from the content; <c>robots.txt</c> points at it.
/// </summary>
public sealed class SitemapTests(PublishedSite site) : IClassFixture<PublishedSite>
{
    private static readonly XNamespace Ns = SitemapBuilder.Namespace;

    private IReadOnlyList<(string Location, string? LastModified)> Entries()
    {
        var document = XDocument.Parse(site.Text(SitemapBuilder.FileName));
        Assert.Equal(Ns + "urlset", document.Root!.Name);
        return document.Root.Elements(Ns + "url")
            .Select(u => (u.Element(Ns + "loc")!.Value, u.Element(Ns + "lastmod")?.Value))
            .ToList();
    }

    [Fact]
    public void Should_list_every_page_that_may_be_indexed_and_only_those()
    {
        var indexable = site.Pages.Where(p => !PublishedSite.IsNoIndex(p.Value)).Select(p => PublishedSite.UrlOf(p.Key)).Order(StringComparer.Ordinal).ToList();

        var listed = Entries().Select(e => e.Location).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(indexable, listed);
        // Guards against an empty comparison: the document's pages, the event and home are there.
        Assert.Contains(PublishedSite.BaseUrl + "chapters/importance/", listed);
        Assert.Contains(PublishedSite.BaseUrl + "events/partners-under-pressure/", listed);
        Assert.Contains(PublishedSite.BaseUrl, listed);
    }

    [Fact]
    public void Should_list_each_page_once_at_its_canonical_URL()
    {
        var entries = Entries();

        Assert.Equal(entries.Count, entries.Select(e => e.Location).Distinct().Count());
        foreach (var (location, _) in entries)
        {
            var path = location[PublishedSite.BaseUrl.Length..];
            var page = site.Page(path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path);
            Assert.Equal(location, page.QuerySelector("link[rel='canonical']")?.GetAttribute("href"));
        }
    }

    [Fact]
    public void Should_leave_out_the_404_page_redirect_pages_and_the_search_page()
    {
        var listed = Entries().Select(e => e.Location).ToList();

        Assert.DoesNotContain(listed, l => l.EndsWith("404.html", StringComparison.Ordinal));
        Assert.DoesNotContain(listed, l => l.Contains("/evenement/", StringComparison.Ordinal));
        Assert.True(site.Exists("evenement/partners-under-pressure/index.html"));
        Assert.True(site.Exists("404.html"));
        if (site.Exists("search/index.html"))
        {
            // The search page shows results, which search engines should not index.
            Assert.DoesNotContain(PublishedSite.BaseUrl + "search/", listed);
        }
    }

    [Fact]
    public void Should_date_the_documents_pages_by_its_publication_date_and_never_by_the_build()
    {
        var entries = Entries();

        Assert.Equal("2023-06", entries.Single(e => e.Location.EndsWith("/chapters/importance/", StringComparison.Ordinal)).LastModified);
        Assert.Equal("2023-06", entries.Single(e => e.Location == PublishedSite.BaseUrl).LastModified);
        Assert.DoesNotContain(entries, e => e.LastModified?.StartsWith(PublishedSite.Now.ToString("yyyy"), StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Should_give_events_no_date_since_an_events_date_is_when_it_happens_not_when_its_page_changed()
    {
        var entries = Entries();

        Assert.Null(entries.Single(e => e.Location.EndsWith("/events/partners-under-pressure/", StringComparison.Ordinal)).LastModified);
        Assert.Null(entries.Single(e => e.Location.EndsWith("/events/", StringComparison.Ordinal)).LastModified);
    }

    [Fact]
    public void Should_be_the_same_whenever_it_is_built()
    {
        using var later = SiteFixture.FromRepository();
        var result = later.Build(strict: true, baseUrl: PublishedSite.BaseUrl, now: PublishedSite.Now.AddYears(3));
        Assert.True(result.Succeeded);

        Assert.Equal(site.Text(SitemapBuilder.FileName), File.ReadAllText(later.PathOf("output/" + SitemapBuilder.FileName)));
    }

    [Fact]
    public void Robots_txt_lets_crawlers_in_and_points_at_the_sitemaps_absolute_URL()
    {
        var lines = site.Text(RobotsFile.FileName).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Contains("User-agent: *", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Disallow: /", StringComparison.Ordinal));
        Assert.Contains($"Sitemap: {PublishedSite.BaseUrl}sitemap.xml", lines);
    }

    [Fact]
    public void With_only_a_base_path_robots_txt_and_the_sitemap_use_root_relative_URLs()
    {
        using var fixture = new SiteFixture().Write("input/chapters/intro.md", "---\nid: intro\nnumber: I\ntitle: Intro\norder: 1\n---\nText.\n");

        var result = fixture.Build(baseUrl: "/docs/");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("Sitemap: /docs/sitemap.xml", File.ReadAllText(fixture.PathOf("output/robots.txt")));
        Assert.Contains("<loc>/docs/chapters/intro/</loc>", File.ReadAllText(fixture.PathOf("output/sitemap.xml")));
    }
}
