using PolicySite.Tests.Support;
using YamlDotNet.Serialization;

namespace PolicySite.Tests.Site;

/// <summary>
/// No URL is invented: a source whose link target was lost in conversion is shown as text until
/// someone adds its URL to references.yml, and a source with a real URL links to it.
/// </summary>
public sealed class SourceTests(RealSite site) : IClassFixture<RealSite>
{
    private const string ElPacctoUrl = "https://www.elpaccto.eu/en";

    [Fact]
    public void A_source_without_a_URL_is_shown_as_text_and_never_as_a_link()
    {
        var sources = Sources().Where(s => !s.ContainsKey("url")).ToList();
        var citations = site.Pages.Values.SelectMany(p => p.QuerySelectorAll("cite")).Select(c => VisibleText.Of(c)).ToList();
        var links = site.Pages
            .SelectMany(p => p.Value.QuerySelectorAll("a").Select(a => (Page: p.Key, Text: VisibleText.Of(a), Href: a.GetAttribute("href"))))
            .ToList();

        var problems = new List<string>();
        foreach (var source in sources)
        {
            var title = source["title"];
            if (!citations.Any(c => c.Contains(title, StringComparison.Ordinal)))
            {
                problems.Add($"source '{source["id"]}' (\"{title}\") is not shown as a citation anywhere");
            }
            problems.AddRange(links
                .Where(l => l.Text.Contains(title, StringComparison.Ordinal))
                .Select(l => $"source '{source["id"]}' has no URL but is a link to '{l.Href}' on {l.Page}"));
        }

        Assert.True(sources.Count > 0, "references.yml has no source without a URL; this test has nothing to check");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void A_citation_is_a_link_only_to_a_URL_that_references_yml_gives()
    {
        var urls = Sources().Where(s => s.ContainsKey("url")).Select(s => s["url"]).ToHashSet(StringComparer.Ordinal);

        var invented = site.Pages
            .SelectMany(p => p.Value.QuerySelectorAll("cite")
                .Select(cite => (Page: p.Key, Cite: cite, Link: cite.Closest("a[href]") ?? cite.QuerySelector("a[href]"))))
            .Where(c => c.Link is not null && !urls.Contains(c.Link.GetAttribute("href")!))
            .Select(c => $"{c.Page}: \"{VisibleText.Of(c.Cite)}\" links to {c.Link!.GetAttribute("href")}")
            .ToList();

        Assert.True(invented.Count == 0, "Citations linked to a URL that references.yml does not give:\n" + string.Join("\n", invented));
    }

    [Fact]
    public void The_source_with_a_URL_links_to_that_URL()
    {
        var elpaccto = Assert.Single(Sources(), s => s["id"] == "elpaccto");
        Assert.Equal(ElPacctoUrl, elpaccto["url"]);

        var links = site.Pages.Values.SelectMany(p => p.QuerySelectorAll("a[href]"))
            .Where(a => a.GetAttribute("href") == ElPacctoUrl)
            .Select(a => VisibleText.Of(a))
            .ToList();

        Assert.Contains(elpaccto["title"], links);
    }

    [Fact]
    public void No_link_anywhere_has_an_empty_href_or_a_bare_hash()
    {
        var problems = site.Pages
            .SelectMany(p => p.Value.QuerySelectorAll("[href]")
                .Where(e => e.GetAttribute("href")!.Trim() is "" or "#")
                .Select(e => $"{p.Key}: <{e.LocalName}> \"{VisibleText.Of(e)}\" has href=\"{e.GetAttribute("href")}\""))
            .ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The sources as the site's copy of references.yml lists them.</summary>
    private List<Dictionary<string, string>> Sources() =>
        new DeserializerBuilder().Build()
            .Deserialize<List<Dictionary<string, string>>>(File.ReadAllText(Path.Combine(site.Fixture.Input, "data", "references.yml")));
}
