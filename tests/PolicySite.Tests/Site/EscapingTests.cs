using AngleSharp.Dom;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Site;

/// <summary>
/// Every value is HTML-escaped unless it is already rendered HTML (DESIGN.md): markup typed into a
/// title is shown as text, never run. Uses a small site of its own, written inline.
/// </summary>
public sealed class EscapingTests : IDisposable
{
    private const string ChapterTitle = "<script>alert(1)</script>";
    private const string SiteTitle = "Test \"><img src=x onerror=alert(1)> Site";

    private readonly SiteFixture _site = new SiteFixture()
        .Write("input/site.yml", """
            title: 'Test "><img src=x onerror=alert(1)> Site'
            publisher: "Ministry of Tests"
            publication_date: 2023-06
            language: en
            base_url: "/"
            colophon:
              - "This is an edition of:"
            """)
        .Write("input/chapters/01-x.md", """
            ---
            id: escaping
            number: I
            title: "<script>alert(1)</script>"
            order: 1
            ---

            A chapter whose title is markup.
            """);

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Given_titles_that_contain_markup_When_the_site_is_built_Then_no_page_runs_a_script_or_an_event_handler()
    {
        var pages = Build();

        var problems = pages
            .SelectMany(p => p.Value.QuerySelectorAll("*")
                .Where(e => (e.LocalName == "script" && !e.HasAttribute("src"))
                    || (e.LocalName == "img" && e.HasAttribute("onerror"))
                    || e.Attributes.Any(a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase)))
                .Select(e => $"{p.Key}: {e.OuterHtml}"))
            .ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Given_a_chapter_title_that_is_markup_When_the_site_is_built_Then_the_reader_sees_it_literally()
    {
        var page = Build()["chapters/escaping/index.html"];

        Assert.Equal(ChapterTitle, VisibleText.Of(page.QuerySelector("h1")!));
        Assert.Contains(ChapterTitle, page.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_site_title_that_is_markup_When_the_site_is_built_Then_every_page_shows_it_literally()
    {
        var pages = Build();

        var without = pages
            .Where(p => !VisibleText.Of(p.Value).Contains(SiteTitle, StringComparison.Ordinal)
                || !(p.Value.Title ?? "").Contains(SiteTitle, StringComparison.Ordinal))
            .Select(p => p.Key)
            .ToList();

        Assert.True(pages.Count > 0, "no pages were built");
        Assert.True(without.Count == 0, $"pages that do not show the site title \"{SiteTitle}\" literally in their body and <title>: {string.Join(", ", without)}");
    }

    private IReadOnlyDictionary<string, IDocument> Build()
    {
        var result = _site.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return _site.Pages();
    }
}
