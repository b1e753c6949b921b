using System.Text.RegularExpressions;
using System.Xml.Linq;
using PolicySite.Publishing;

namespace PolicySite.Tests.Publishing;

/// <summary>
/// A site built for <c>https://example.org/policy/</c> works when served under <c>/policy/</c>:
/// no link, asset, feed, calendar, sitemap, redirect or header path leaves the sub-path, except
/// links to other sites.
/// </summary>
public sealed partial class SubPathTests(PublishedSite site) : IClassFixture<PublishedSite>
{
    [GeneratedRegex(@"^URL[;:].*$", RegexOptions.Multiline)]
    private static partial Regex CalendarUrl();

    /// <summary>Null when <paramref name="url"/>, found on the page at <paramref name="pagePath"/>, stays in the site or leaves for another site; else why not.</summary>
    private static string? Escapes(string pagePath, string url)
    {
        url = url.Trim();
        if (url.Length == 0 || url.StartsWith('#'))
        {
            return null;
        }
        if (url.StartsWith("//", StringComparison.Ordinal))
        {
            return "protocol-relative URL";
        }
        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && !url.StartsWith('/'))
        {
            if (absolute.Scheme is "mailto" or "tel")
            {
                return null;
            }
            if (absolute.Scheme is not ("http" or "https"))
            {
                return $"{absolute.Scheme}: URL";
            }
            // Another site is fine; this site's host must be under the base URL.
            return absolute.Host != "example.org" || url.StartsWith(PublishedSite.BaseUrl, StringComparison.Ordinal) ? null : "outside the base URL";
        }
        // Root-relative, or relative to the page: resolve it as the browser would.
        var resolved = new Uri(new Uri(PublishedSite.UrlOf(pagePath)), url);
        return resolved.AbsoluteUri.StartsWith(PublishedSite.BaseUrl, StringComparison.Ordinal) ? null : $"resolves to {resolved.AbsolutePath}";
    }

    private static void AssertNoneEscape(IEnumerable<(string File, string Url)> urls)
    {
        var list = urls.ToList();
        Assert.NotEmpty(list);
        var problems = list
            .Select(u => (u.File, u.Url, Problem: Escapes(u.File, u.Url)))
            .Where(u => u.Problem is not null)
            .Select(u => $"{u.File}: '{u.Url}' {u.Problem}")
            .Distinct()
            .ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void No_href_or_src_on_any_page_leaves_the_sub_path()
    {
        var urls = site.Pages.SelectMany(p => p.Value.QuerySelectorAll("[href], [src], [action], [poster], [data]")
            .SelectMany(e => new[] { "href", "src", "action", "poster", "data" }.Select(e.GetAttribute).OfType<string>())
            .Select(url => (p.Key, url)));

        AssertNoneEscape(urls);
    }

    [Fact]
    public void No_srcset_content_url_or_refresh_target_leaves_the_sub_path()
    {
        var urls = site.Pages.SelectMany(p =>
            p.Value.QuerySelectorAll("[srcset]").SelectMany(e => e.GetAttribute("srcset")!.Split(',').Select(c => c.Trim().Split(' ')[0]))
                .Concat(p.Value.QuerySelectorAll("meta[property='og:url'], meta[property='og:image']").Select(m => m.GetAttribute("content")!))
                .Concat(p.Value.QuerySelectorAll("meta[http-equiv='refresh']").Select(m => m.GetAttribute("content")!.Split("url=", 2)[1]))
                .Select(url => (p.Key, url)));

        AssertNoneEscape(urls);
    }

    [Fact]
    public void Links_inside_the_site_all_carry_the_base_path()
    {
        // Stronger than "does not escape": a link to another page is written root-relative with
        // /policy/ or absolute under the base URL, never relative to the page it is on, so the
        // 404 page, served at any address, works too.
        var relative = site.Pages
            .SelectMany(p => p.Value.QuerySelectorAll("[href], [src]")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src")!)
                .Where(u => u.Length > 0 && !u.StartsWith('#') && !u.StartsWith('/') && !Uri.TryCreate(u, UriKind.Absolute, out _))
                .Select(u => $"{p.Key}: {u}"))
            .ToList();

        Assert.True(relative.Count == 0, string.Join("\n", relative));
    }

    [Fact]
    public void The_events_feed_links_only_under_the_base_URL()
    {
        var feed = XDocument.Parse(site.Text("events/feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";

        var urls = feed.Descendants(atom + "link").Select(l => l.Attribute("href")!.Value)
            .Concat(feed.Descendants(atom + "id").Select(i => i.Value))
            .Select(url => ("events/feed.xml", url));

        AssertNoneEscape(urls);
    }

    [Fact]
    public void Calendar_files_link_only_under_the_base_URL()
    {
        var urls = site.Files.Where(f => f.EndsWith(".ics", StringComparison.Ordinal))
            .SelectMany(f => CalendarUrl().Matches(site.Text(f).Replace("\r\n ", "")).Select(m => (f, m.Value[(m.Value.IndexOf(':') + 1)..].Trim())));

        AssertNoneEscape(urls);
    }

    [Fact]
    public void The_sitemap_and_robots_txt_point_only_under_the_base_URL()
    {
        var sitemap = XDocument.Parse(site.Text(SitemapBuilder.FileName));
        var robots = site.Text(RobotsFile.FileName).Split('\n').Where(l => l.StartsWith("Sitemap:", StringComparison.Ordinal)).Select(l => l["Sitemap:".Length..].Trim());

        var urls = sitemap.Descendants(XName.Get("loc", SitemapBuilder.Namespace)).Select(l => (SitemapBuilder.FileName, l.Value))
            .Concat(robots.Select(url => (RobotsFile.FileName, url)));

        AssertNoneEscape(urls);
    }

    [Fact]
    public void Redirects_and_header_rules_apply_under_the_base_path()
    {
        var redirects = site.Text(RedirectsFile.FileName).Split('\n').Where(l => l.Length > 0 && !l.StartsWith('#'))
            .SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2));
        var headerPaths = new NetlifyHeaders(site.Text(HeadersFile.FileName)).Paths;

        Assert.All(redirects.Concat(headerPaths), path => Assert.StartsWith(PublishedSite.BasePath, path, StringComparison.Ordinal));
    }

    [Fact]
    public void The_404_page_is_at_the_root_of_the_output_where_hosts_look_for_it()
    {
        Assert.True(site.Exists("404.html"));
        Assert.Equal(PublishedSite.BasePath, site.Page("404.html").QuerySelector(".site-title a")!.GetAttribute("href"));
    }
}
