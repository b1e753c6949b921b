using System.Security.Cryptography;
using System.Text.RegularExpressions;
using PolicySite.Tests.Site;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Search;

/// <summary>The search index of the real site: what it holds, what it leaves out, and where its results land.</summary>
public sealed partial class SearchIndexSiteTests(RealSite site) : IClassFixture<RealSite>
{
    private BuiltIndex Index => BuiltIndex.Read(site.Fixture.Output);

    [Fact]
    public void Every_page_has_a_search_box_in_its_header_that_goes_to_the_search_page_without_script()
    {
        foreach (var (path, page) in site.Pages)
        {
            var form = page.QuerySelector("header form[role=search]");
            Assert.True(form is not null, $"{path} has no search form in its header");
            Assert.Equal("/search/", form.GetAttribute("action"));
            Assert.Equal("get", form.GetAttribute("method"));
            var input = form.QuerySelector("input[name=q]")!;
            Assert.NotNull(form.QuerySelector($"label[for={input.Id}]"));
            Assert.Equal("/search/manifest.json", form.GetAttribute("data-search-manifest"));
        }
        Assert.True(File.Exists(Path.Combine(site.Fixture.Output, "search", "manifest.json")));
    }

    [Fact]
    public void The_manifest_names_shards_that_exist_and_are_named_by_the_hash_of_their_content()
    {
        var manifest = Index.Manifest;
        Assert.Equal(1, manifest.GetProperty("v").GetInt32());
        var urls = manifest.GetProperty("terms").EnumerateArray().Concat(manifest.GetProperty("docs").EnumerateArray())
            .Select(s => s.GetProperty("url").GetString()!)
            .ToList();
        Assert.Contains(urls, u => u.Contains("/terms-", StringComparison.Ordinal));
        Assert.Contains(urls, u => u.Contains("/docs-", StringComparison.Ordinal));
        foreach (var url in urls)
        {
            var match = ShardName().Match(url);
            Assert.True(match.Success, url);
            var content = File.ReadAllBytes(BuiltIndex.FileOf(site.Fixture.Output, "/", url));
            Assert.Equal(match.Groups["hash"].Value, Convert.ToHexStringLower(SHA256.HashData(content))[..10]);
        }
    }

    [Fact]
    public void Each_heading_section_of_an_objective_page_is_one_record_with_its_place_and_objective()
    {
        var democracy = Index.Sections.Where(s => s.Url.StartsWith("/objectives/democracy/", StringComparison.Ordinal)).ToList();

        Assert.Equal(
            ["", "#objective", "#nexus", "#dialogue", "#partnerships", "#multilateral", "#law-and-norms"],
            democracy.Select(s => s.Url["/objectives/democracy/".Length..]));
        Assert.All(democracy, s => Assert.Equal("II", s.Objective));
        var partnerships = Index.Section("/objectives/democracy/#partnerships");
        Assert.Equal("Democracy", partnerships.PageTitle);
        Assert.Equal(["IV", "Democracy", "3 Stronger partnerships with countries, coalitions and civil society organisations"], partnerships.Breadcrumb);
        Assert.Contains("Summit for Democracy", partnerships.Text);
        Assert.Null(Index.Section("/chapters/approach/#partnerships").Objective);
    }

    [Fact]
    public void Events_notes_sources_priorities_approach_parts_and_the_annex_are_indexed_too()
    {
        var urls = Index.Sections.Select(s => s.Url).ToHashSet();

        Assert.Contains("/events/partners-under-pressure/", urls);
        Assert.Contains("/notes/#note-17", urls);
        Assert.Contains("/references/#source-aiv-core-interest", urls);
        Assert.Contains("/priorities/human-rights-defenders/", urls);
        Assert.Contains("/approach/partnerships/#objective-II", urls);
        Assert.Contains("/annex/#funds-and-programmes", urls);
        Assert.Equal("Note 17", Index.Section("/notes/#note-17").Heading);
    }

    [Fact]
    public void Pages_that_are_chrome_or_repeat_others_are_not_indexed()
    {
        var pages = Index.Sections.Select(s => s.Url.Split('#')[0]).ToHashSet();

        Assert.DoesNotContain("/", pages);
        Assert.DoesNotContain("/404.html", pages);
        Assert.DoesNotContain("/search/", pages);
        Assert.DoesNotContain("/events/", pages);
        Assert.DoesNotContain("/approach/", pages);
        Assert.All(pages, page => Assert.False(
            site.Page(page.TrimStart('/') + "index.html").QuerySelector("meta[http-equiv=refresh]") is not null,
            $"{page} only forwards to another page"));
    }

    [Theory]
    [InlineData("Link to this paragraph")]
    [InlineData("On this page")]
    [InlineData("Referred to from")]
    [InlineData("This part of the approach elsewhere")]
    [InlineData("Skip to main content")]
    [InlineData("Footnote")]
    [InlineData("Cited in")]
    [InlineData("Read it in context")]
    [InlineData("Previous")]
    [InlineData("¶")]
    [InlineData("↩")]
    public void Chrome_and_decoration_are_not_in_any_section_text(string chrome)
    {
        var with = Index.Sections.Where(s => s.Text.Contains(chrome, StringComparison.Ordinal)).Select(s => s.Url).ToList();
        Assert.True(with.Count == 0, $"'{chrome}' is in {string.Join(", ", with)}");
    }

    [Fact]
    public void Every_result_lands_on_an_anchor_that_exists_and_every_paragraph_anchor_is_inside_its_section()
    {
        foreach (var section in Index.Sections)
        {
            var (path, anchor) = Split(section.Url);
            var page = site.Page(path);
            if (anchor is not null)
            {
                Assert.True(page.GetElementById(anchor) is not null, $"{section.Url} does not exist");
            }
            foreach (var (id, start) in section.Paragraphs)
            {
                var paragraph = page.GetElementById(id);
                Assert.True(paragraph is not null, $"{section.Url}: paragraph {id} does not exist");
                Assert.InRange(start, 0, section.Text.Length - 1);
                var words = section.Text[start..].Split('\n')[0];
                Assert.StartsWith(words[..Math.Min(20, words.Length)], paragraph.TextContent.Trim());
            }
        }
    }

    [Fact]
    public void Defenders_is_indexed_as_defend_and_scores_highest_where_the_document_deals_with_them()
    {
        var postings = Index.Terms["defend"];
        var best = postings.MaxBy(p => p.Impact);
        Assert.Equal("/objectives/human-rights/#partnerships", Index.Sections[best.Doc].Url);
        Assert.False(Index.Terms.ContainsKey("defenders"));
        Assert.False(Index.Terms.ContainsKey("the"));
    }

    [Fact]
    public void Given_a_base_url_with_a_path_When_built_Then_every_url_of_the_index_and_the_form_carries_it()
    {
        using var fixture = SiteFixture.FromRepository();
        var result = fixture.Build(baseUrl: "https://example.org/policy/", now: RealSite.Now);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var index = BuiltIndex.Read(fixture.Output, "/policy/");
        Assert.All(index.Sections, s => Assert.StartsWith("/policy/", s.Url));
        var form = fixture.Page("index.html").QuerySelector("header form[role=search]")!;
        Assert.Equal("/policy/search/", form.GetAttribute("action"));
        Assert.Equal("/policy/search/manifest.json", form.GetAttribute("data-search-manifest"));
    }

    private static (string Path, string? Anchor) Split(string url)
    {
        var hash = url.IndexOf('#');
        var path = hash < 0 ? url : url[..hash];
        return (path.TrimStart('/') + "index.html", hash < 0 ? null : url[(hash + 1)..]);
    }

    [GeneratedRegex(@"^/search/(terms|docs)-\d+\.(?<hash>[0-9a-f]{10})\.json$")]
    private static partial Regex ShardName();
}
