using PolicySite.Diagnostics;
using PolicySite.Linking;
using PolicySite.Tests.Stages;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Linking;

/// <summary>
/// Links the Link stage finds in one walk of a page: inside emphasis, quotes, list items, table
/// cells and notes, not only at the top of a paragraph.
/// </summary>
public sealed class NestedLinkTests : IDisposable
{
    private readonly SiteFixture _site = new();

    public void Dispose() => _site.Dispose();

    private static string Chapter(string id, int order, string title, string body) =>
        $"---\nid: {id}\nnumber: I\ntitle: {title}\norder: {order}\n---\n{body}";

    private void WriteTargets()
    {
        _site.Write("input/chapters/02-second.md", Chapter("second", 2, "Second chapter", "## Our goals {#goals}\n\nText.\n"));
        _site.Write("input/chapters/03-third.md", Chapter("third", 3, "Third chapter", "Text.\n"));
    }

    [Fact]
    public void Should_resolve_cross_references_nested_in_emphasis_quotes_lists_and_tables_in_document_order()
    {
        WriteTargets();
        _site.Write("input/chapters/01-first.md", Chapter("first", 1, "First chapter", """
            Intro *with [a link](xref:second) and **<xref:third>** inside*.

            ## Start {#start}

            > Quoted *[x](xref:second#goals)*.

            ## Later {#later}

            - An item with _[y](xref:third)_.

            | a | b |
            |---|---|
            | **[z](xref:second)** | c |

            """));

        var stage = RenderStage.Link(_site);

        Assert.Empty(stage.Diagnostics.Sorted());
        Assert.Equal(
            [("second", null), ("third", null), ("second", "start"), ("third", "later"), ("second", "later")],
            stage.Linked.Backlinks.Where(b => b.FromPageId == "first").Select(b => (b.TargetPageId, b.FromSectionId)));

        var result = _site.Build(strict: true);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var links = _site.Page("chapters/first/index.html").QuerySelectorAll("main .prose a")
            .Where(a => a.GetAttribute("href") is { } href && href.StartsWith("/chapters/", StringComparison.Ordinal) && !href.StartsWith("/chapters/first/", StringComparison.Ordinal))
            .Select(a => (a.GetAttribute("href"), a.TextContent));
        Assert.Equal(
            [
                ("/chapters/second/", "a link"),
                ("/chapters/third/", "Third chapter"),
                ("/chapters/second/#goals", "x"),
                ("/chapters/third/", "y"),
                ("/chapters/second/", "z"),
            ],
            links);
    }

    [Fact]
    public void Should_report_an_unknown_cross_reference_nested_in_emphasis_at_its_line_and_column()
    {
        WriteTargets();
        _site.Write("input/chapters/01-first.md", Chapter("first", 1, "First chapter", "Line one.\n\nSee *a **[x](xref:secnod)***.\n"));

        var stage = RenderStage.Link(_site);

        var error = Assert.Single(stage.Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.CrossReferenceUnknown);
        Assert.Equal((_site.PathOf("input/chapters/01-first.md"), 9, "See *a **".Length + 1), (error.File, error.Line, error.Column));
        Assert.Contains("did you mean 'second'", error.Message);
    }

    [Fact]
    public void Should_resolve_a_source_link_nested_in_emphasis_inside_a_note()
    {
        _site.Write("input/data/references.yml", """
            - id: global-multilateralism
              title: "Policy Framework 'Global Multilateralism'"
              url: "https://www.government.nl/global-multilateralism"
            """);
        _site.Write("input/chapters/01-first.md", Chapter("first", 1, "First chapter",
            "Body text.[^n]\n\n[^n]: See *the **[framework](ref:global-multilateralism)***.\n"));

        var stage = RenderStage.Link(_site);

        Assert.Empty(stage.Diagnostics.Sorted());
        var citation = Assert.Single(stage.Linked.Citations);
        Assert.Equal(new Citation("global-multilateralism", "first", 1), citation);

        var result = _site.Build(strict: true);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var link = _site.Page("chapters/first/index.html").QuerySelectorAll("main a")
            .Single(a => a.GetAttribute("href") == "https://www.government.nl/global-multilateralism");
        Assert.Equal("framework", link.TextContent);
    }
}
