using PolicySite.Tests.Support;

namespace PolicySite.Tests.Stages;

/// <summary>The document numbers its notes 1…n across all its pages, in reading order (front matter <c>order</c>).</summary>
public sealed class FootnoteNumberingTests : IDisposable
{
    private readonly SiteFixture _site = new();

    public FootnoteNumberingTests()
    {
        // File names sort the other way round from `order`, so numbering cannot follow the file system.
        _site.Write("input/chapters/01-later.md", SampleContent.Chapter(id: "later", order: 2, title: "Later",
            body: "Third note.[^c] Fourth note.[^d]\n\n[^c]: Note C.\n\n[^d]: Note D.\n"));
        _site.Write("input/chapters/02-first.md", SampleContent.Chapter(id: "first", order: 1, title: "First",
            body: "First note.[^a] Second note.[^b]\n\n[^a]: Note A.\n\n[^b]: Note B.\n"));
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_number_the_notes_of_the_first_page_in_order_from_1()
    {
        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = _site.Page("chapters/first/index.html");
        Assert.Equal(["fn-1", "fn-2"], page.QuerySelectorAll(".footnotes li").Select(li => li.Id));
        Assert.Equal("Note A.", page.QuerySelector("li#fn-1")!.TextContent.Split('↩')[0].Trim());
    }

    [Fact]
    public void Should_continue_note_numbers_on_the_next_page_in_order()
    {
        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = _site.Page("chapters/later/index.html");
        Assert.Equal(["fn-3", "fn-4"], page.QuerySelectorAll(".footnotes li").Select(li => li.Id));
        Assert.Equal("Note C.", page.QuerySelector("li#fn-3")!.TextContent.Split('↩')[0].Trim());
        Assert.Equal("3", page.QuerySelector(".footnotes ol")!.GetAttribute("start"));
        var reference = page.QuerySelector("a#fnref-3")!;
        Assert.Equal("#fn-3", reference.GetAttribute("href"));
        Assert.Contains("3", reference.TextContent);
        Assert.Equal("#fnref-3", page.QuerySelector("li#fn-3 a.footnote-back")!.GetAttribute("href"));
    }

    [Fact]
    public void Should_continue_note_numbers_through_an_objective_page_between_chapters()
    {
        _site.Write("input/chapters/01-later.md", SampleContent.Chapter(id: "later", order: 3, title: "Later",
            body: "Fourth note.[^d]\n\n[^d]: Note D.\n"));
        // Every objective page sets out the five parts of the approach (PS0130 otherwise).
        var parts = string.Concat(new[] { "nexus", "dialogue", "partnerships", "multilateral", "law-and-norms" }.Select(id => $"## Part {id} {{#{id}}}\n\nText.\n\n"));
        _site.Write("input/objectives/01-rights.md",
            $"---\nid: rights\nobjective: I\ntitle: Rights\nobjective_title: Protect rights\norder: 2\n---\nThird note.[^c]\n\n{parts}[^c]: Note C.\n");

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.NotNull(_site.Page("objectives/rights/index.html").QuerySelector("li#fn-3"));
        Assert.NotNull(_site.Page("chapters/later/index.html").QuerySelector("li#fn-4"));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("PS01", StringComparison.Ordinal));
    }
}
