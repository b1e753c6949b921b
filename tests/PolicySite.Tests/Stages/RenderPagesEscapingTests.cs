using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PolicySite.Templates;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Stages;

public sealed class RenderPagesEscapingTests : IDisposable
{
    private const string ChapterScript = "<script>alert('chapter')</script>";
    private const string SiteScript = "<script>alert('site')</script>";

    private readonly SiteFixture _site = new();

    public void Dispose() => _site.Dispose();

    private IDocument RenderChapter(string title = "Intro", string body = "Body text.\n", string? summary = null)
    {
        var chapter = SampleContent.Chapter(title: title, body: body);
        if (summary is not null)
        {
            chapter = chapter.Replace("order: 1\n", $"order: 1\nsummary: {summary}\n", StringComparison.Ordinal);
        }
        _site.Write("input/chapters/01-a.md", chapter);

        var (pages, diagnostics) = RenderStage.Render(_site);

        Assert.Empty(diagnostics);
        var page = Assert.Single(pages, p => p.OutputPath == "chapters/intro/index.html");
        return new HtmlParser().ParseDocument(page.Html);
    }

    private static void AssertOnlyThemeScripts(IDocument document) =>
        Assert.All(document.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src"), $"inline script: {s.OuterHtml}"));

    [Fact]
    public void Should_render_a_script_tag_in_a_chapter_title_as_text()
    {
        var document = RenderChapter(title: $"\"{ChapterScript}\"");

        Assert.Equal(ChapterScript, document.QuerySelector("h1")!.TextContent);
        Assert.Contains(ChapterScript, document.Title);
        AssertOnlyThemeScripts(document);
    }

    [Fact]
    public void Should_render_a_script_tag_in_the_site_title_as_text()
    {
        _site.Write("input/site.yml", SiteFixture.MinimalSiteYml.Replace("\"Test <Site>\"", $"\"{SiteScript}\"", StringComparison.Ordinal));

        var document = RenderChapter();

        Assert.Equal(SiteScript, document.QuerySelector(".site-title a")!.TextContent);
        Assert.EndsWith(SiteScript, document.Title);
        AssertOnlyThemeScripts(document);
    }

    [Fact]
    public void Should_escape_quotes_and_markup_in_an_attribute_value()
    {
        var document = RenderChapter(summary: "'He said \"stop\" & <b>left</b>.'");

        var description = document.QuerySelector("meta[name=description]")!;
        Assert.Equal("He said \"stop\" & <b>left</b>.", description.GetAttribute("content"));
    }

    [Fact]
    public void Should_not_escape_the_pages_rendered_Markdown_body()
    {
        var document = RenderChapter(body: "Some *emphasis*, a [link](https://example.org/) and <abbr title=\"Human Rights Council\">HRC</abbr>.\n\n## A section\n");

        var prose = document.QuerySelector(".prose")!;
        Assert.Equal("emphasis", prose.QuerySelector("em")!.TextContent);
        Assert.Equal("https://example.org/", prose.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Human Rights Council", prose.QuerySelector("abbr")!.GetAttribute("title"));
        Assert.Equal("A section", prose.QuerySelector("h2#a-section")!.TextContent);
        Assert.DoesNotContain("<em>", prose.TextContent);
    }

    [Fact]
    public void Should_escape_every_character_that_is_special_in_HTML()
    {
        Assert.Equal("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;", HtmlText.Escape("<a href=\"x\" title='y'>&</a>"));
    }
}
