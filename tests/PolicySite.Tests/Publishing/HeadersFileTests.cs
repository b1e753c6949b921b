using System.Text.RegularExpressions;
using PolicySite.Publishing;
using PolicySite.Templates;

namespace PolicySite.Tests.Publishing;

/// <summary>
/// The generated <c>_headers</c> gives every file exactly the headers <see cref="SecurityHeaders"/>
/// and <see cref="CachePolicy"/> say, each header once, read the way Netlify reads it.
/// </summary>
public sealed partial class HeadersFileTests(PublishedSite site) : IClassFixture<PublishedSite>
{
    private NetlifyHeaders Headers() => new(site.Text(HeadersFile.FileName));

    /// <summary>The paths a browser asks for each output file: a folder page with and without its slash.</summary>
    private IEnumerable<(string File, string RequestPath)> Requests() =>
        site.Files
            .Where(f => f is not HeadersFile.FileName and not RedirectsFile.FileName)
            .SelectMany(file =>
            {
                var url = PublishedSite.BasePath + ServedUrl.Of(file);
                return url.EndsWith('/') && url != PublishedSite.BasePath
                    ? new[] { (file, url), (file, url.TrimEnd('/')) }
                    : [(file, url)];
            });

    [Fact]
    public void Should_write_exactly_what_SecurityHeaders_and_CachePolicy_say_for_the_sites_pages()
    {
        var pageUrls = site.Pages.Keys.Select(ServedUrl.Of);

        var expected = HeadersFile.Format(HeadersFile.Rules(site.Urls, pageUrls));

        Assert.Equal(expected, site.Text(HeadersFile.FileName));
    }

    [Fact]
    public void Should_send_every_security_header_of_SecurityHeaders_on_every_path_under_the_base_path()
    {
        var headers = Headers();

        Assert.Equal(
            SecurityHeaders.For(httpsProduction: true).Select(h => (h.Name, h.Value)),
            headers.HeadersOf(PublishedSite.BasePath + "*"));
    }

    [Fact]
    public void Production_sends_what_the_preview_server_and_the_browser_tests_send_plus_HSTS()
    {
        // The preview and the browser tests serve SecurityHeaders.For(httpsProduction: false) over
        // plain http; production differs only by HSTS, which browsers ignore over http.
        var production = Headers().HeadersOf(PublishedSite.BasePath + "*").ToList();

        var local = SecurityHeaders.For(httpsProduction: false).Select(h => (h.Name, h.Value)).ToList();

        Assert.Equal(local, production.Where(h => h.Name != "Strict-Transport-Security"));
        Assert.Single(production, h => h.Name == "Strict-Transport-Security");
    }

    [Fact]
    public void For_a_site_at_the_root_of_its_host_the_rules_are_written_for_the_root()
    {
        var text = HeadersFile.Format(HeadersFile.Rules(new SiteUrls("https://example.org/"), ["", "chapters/a/", "404.html"]));

        var paths = new NetlifyHeaders(text).Paths;

        Assert.Equal(["/*", "/*.ics", "/assets/*", "/search/terms-*", "/search/docs-*", "/", "/404.html", "/chapters/a/"], paths);
    }

    [Fact]
    public void Every_file_gets_every_security_header_once_with_the_value_SecurityHeaders_gives()
    {
        var headers = Headers();
        var problems = new List<string>();

        foreach (var (file, path) in Requests())
        {
            var got = headers.For(path);
            foreach (var expected in SecurityHeaders.For(httpsProduction: true))
            {
                if (!got.TryGetValue(expected.Name, out var values) || values.Count != 1 || values[0] != expected.Value)
                {
                    problems.Add($"{path} ({file}): {expected.Name} is [{string.Join(" | ", values ?? [])}]");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void No_header_is_set_twice_for_any_path_so_Netlify_never_joins_two_values()
    {
        var headers = Headers();

        var doubled = Requests()
            .SelectMany(r => headers.For(r.RequestPath).Where(h => h.Value.Count > 1).Select(h => $"{r.RequestPath}: {h.Key} ×{h.Value.Count}"))
            .ToList();

        Assert.True(doubled.Count == 0, string.Join("\n", doubled));
    }

    /// <summary>A file whose name carries a content hash, as theme assets and search index shards do: <c>site.3f2a9c1b0d.css</c>.</summary>
    private static bool IsFingerprinted(string file) => Fingerprint().IsMatch(file);

    [GeneratedRegex(@"\.[0-9a-f]{10}\.[a-z]+$")]
    private static partial Regex Fingerprint();

    [Fact]
    public void Fingerprinted_files_are_cached_for_a_year_as_immutable_pages_for_a_short_time_and_nothing_else_is()
    {
        var headers = Headers();
        var problems = new List<string>();

        foreach (var (file, path) in Requests())
        {
            var cache = headers.For(path).GetValueOrDefault("Cache-Control")?.SingleOrDefault();
            var expected = IsFingerprinted(file) ? CachePolicy.Fingerprinted
                : file.EndsWith(".html", StringComparison.Ordinal) ? CachePolicy.Page
                : null; // feeds, calendars, sitemap: the host's default (revalidate every time)
            if (cache != expected)
            {
                problems.Add($"{path} ({file}): Cache-Control '{cache}', expected '{expected}'");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.Contains(site.Files, f => f.StartsWith("assets/css/site.", StringComparison.Ordinal) && IsFingerprinted(f));
    }

    [Fact]
    public void Calendar_files_are_served_as_text_calendar()
    {
        var headers = Headers();
        var calendars = site.Files.Where(f => f.EndsWith(".ics", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(calendars);
        Assert.All(calendars, file =>
            Assert.Equal([CachePolicy.CalendarContentType], headers.For(PublishedSite.BasePath + file)["Content-Type"]));
        Assert.False(headers.For(PublishedSite.BasePath + "events/").ContainsKey("Content-Type"));
    }

    [Fact]
    public void The_Content_Security_Policy_is_strict()
    {
        var directives = SecurityHeaders.ContentSecurityPolicy.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d[(d.IndexOf(' ') + 1)..]);

        Assert.Equal("'self'", directives["default-src"]);
        Assert.Equal("'none'", directives["frame-ancestors"]);
        Assert.Equal("'self'", directives["base-uri"]);
        Assert.Equal("'self'", directives["form-action"]);
        Assert.DoesNotContain("unsafe-inline", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
        Assert.DoesNotContain("*", SecurityHeaders.ContentSecurityPolicy, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_is_served_with_HSTS_nosniff_a_referrer_policy_and_a_permissions_policy()
    {
        var names = SecurityHeaders.For(httpsProduction: true).Select(h => h.Name).ToList();

        Assert.Contains("Strict-Transport-Security", names);
        Assert.Contains("Referrer-Policy", names);
        Assert.Contains("Permissions-Policy", names);
        Assert.Equal("nosniff", SecurityHeaders.For(httpsProduction: true).Single(h => h.Name == "X-Content-Type-Options").Value);
    }

    [Fact]
    public void Pages_need_nothing_the_Content_Security_Policy_forbids()
    {
        // No inline script or style, no third-party script, style or frame: what the policy would block.
        var problems = site.Pages
            .SelectMany(p => p.Value.QuerySelectorAll("script:not([src]):not([type='application/ld+json']), style, [style], iframe, script[src^='http'], link[rel='stylesheet'][href^='http']")
                .Select(e => $"{p.Key}: <{e.LocalName}> {e.OuterHtml[..Math.Min(80, e.OuterHtml.Length)]}"))
            .Concat(site.Pages.SelectMany(p => p.Value.All
                .SelectMany(e => e.Attributes.Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)).Select(a => $"{p.Key}: {e.LocalName}[{a.Name}]"))))
            .ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
