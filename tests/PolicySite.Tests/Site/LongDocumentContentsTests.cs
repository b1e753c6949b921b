using System.Globalization;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Site;

/// <summary>
/// A document of many chapters: each page carries the contents around it and a link to the full
/// contents on the home page, so the site does not grow with the square of its page count.
/// </summary>
public sealed class LongDocumentContentsTests : IDisposable
{
    private const int Chapters = 80;
    private readonly SiteFixture _site = new();

    public LongDocumentContentsTests()
    {
        for (var i = 1; i <= Chapters; i++)
        {
            _site.Write($"input/chapters/{i:D3}.md", string.Create(CultureInfo.InvariantCulture, $"""
                ---
                id: c{i}
                number: "{i}"
                title: "Chapter {i}"
                order: {i}
                ---

                Text of chapter {i}.
                """));
        }
        Assert.True(_site.Build().Succeeded);
    }

    [Fact]
    public void The_home_page_lists_every_chapter()
    {
        var links = _site.Page("index.html").QuerySelectorAll("nav.contents .contents-list a");

        Assert.Equal(Chapters, links.Length);
        Assert.Null(_site.Page("index.html").QuerySelector("nav.contents .contents-all"));
    }

    [Fact]
    public void A_chapter_in_the_middle_lists_its_neighbours_marks_itself_and_links_to_the_full_contents()
    {
        var page = _site.Page("chapters/c40/index.html");
        var titles = page.QuerySelectorAll("nav.contents .contents-list a").Select(a => a.TextContent.Trim()).ToList();

        Assert.Equal(Enumerable.Range(33, 15).Select(i => $"{i}. Chapter {i}"), titles);
        Assert.Equal("40. Chapter 40", page.QuerySelector("nav.contents a[aria-current=page]")?.TextContent.Trim());
        Assert.Equal("/#contents", page.QuerySelector("nav.contents .contents-all a")?.GetAttribute("href"));
    }

    [Fact]
    public void The_first_chapter_lists_the_chapters_after_it()
    {
        var titles = _site.Page("chapters/c1/index.html").QuerySelectorAll("nav.contents .contents-list a").Select(a => a.TextContent.Trim()).ToList();

        Assert.Equal(Enumerable.Range(1, 8).Select(i => $"{i}. Chapter {i}"), titles);
    }

    public void Dispose() => _site.Dispose();
}
