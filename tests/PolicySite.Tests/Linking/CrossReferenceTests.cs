using PolicySite.Diagnostics;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Linking;

/// <summary>Cross-references, <c>[text](xref:id)</c> and <c>&lt;xref:id&gt;</c>, on small sites written inline.</summary>
public sealed class CrossReferenceTests
{
    private static string Chapter(string id, int order, string body, string title = "A chapter") => $"""
        ---
        id: {id}
        number: I
        title: {title}
        order: {order}
        ---
        {body}
        """;

    [Fact]
    public void A_resolved_cross_reference_links_to_the_section_and_an_empty_one_takes_the_target_title()
    {
        using var site = new SiteFixture()
            .Write("input/chapters/01-a.md", Chapter("first", 1, "See [the part](xref:second#goals) and <xref:second#goals>."))
            .Write("input/chapters/02-b.md", Chapter("second", 2, "## Our goals {#goals}\n\nText."));

        var result = site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var links = site.Page("chapters/first/index.html").QuerySelectorAll("main .prose a[href='/chapters/second/#goals']");
        Assert.Equal(["the part", "Our goals"], links.Select(a => a.TextContent));
    }

    [Fact]
    public void A_cross_reference_in_a_data_file_that_matches_nothing_is_reported_at_its_line_and_column()
    {
        using var site = new SiteFixture()
            .Write("input/chapters/01-a.md", Chapter("first", 1, "Text."))
            .Write("input/data/priorities.yml", """
                - id: one
                  title: "One"
                  paragraphs:
                    - "first#intro-p1"
                - id: two
                  title: "Two"
                  paragraphs:
                    - "first#intro-p1"
                    -   "first#intro-p9"
                """);

        var result = site.Build();

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.CrossReferenceUnknown);
        Assert.EndsWith("priorities.yml", diagnostic.File, StringComparison.Ordinal);
        Assert.Equal((9, 10), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void The_target_page_lists_the_page_that_refers_to_it()
    {
        using var site = new SiteFixture()
            .Write("input/chapters/01-a.md", Chapter("first", 1, "## Start {#start}\n\nSee <xref:second>.", title: "First chapter"))
            .Write("input/chapters/02-b.md", Chapter("second", 2, "Text."));

        site.Build(strict: true);

        var referredFrom = site.Page("chapters/second/index.html").QuerySelectorAll(".referred-from a").Single();
        Assert.Equal("/chapters/first/#start", referredFrom.GetAttribute("href"));
        Assert.Contains("First chapter", referredFrom.TextContent);
    }

    [Fact]
    public void An_unknown_id_is_PS0120_at_its_line_and_column_with_a_suggestion()
    {
        using var site = new SiteFixture()
            .Write("input/chapters/01-a.md", Chapter("first", 1, "Line one.\n\nSee [x](xref:secnod)."))
            .Write("input/chapters/02-b.md", Chapter("second", 2, "Text."));

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.CrossReferenceUnknown);
        Assert.EndsWith("01-a.md", error.File);
        Assert.Equal((9, 5), (error.Line, error.Column));
        Assert.Contains("did you mean 'second'", error.Message);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void An_id_that_two_pages_share_is_PS0121_naming_every_candidate()
    {
        using var site = new SiteFixture()
            .Write("input/chapters/01-a.md", Chapter("first", 1, "## Goals {#goals}\n\nSee <xref:goals>."))
            .Write("input/chapters/02-b.md", Chapter("second", 2, "## Goals {#goals}\n\nText."));

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.CrossReferenceAmbiguous);
        Assert.Contains("first#goals", error.Message);
        Assert.Contains("second#goals", error.Message);
        Assert.Equal(9, error.Line);
    }

    [Fact]
    public void A_note_can_be_referred_to_by_its_document_wide_number()
    {
        using var site = new SiteFixture()
            .Write("input/chapters/01-a.md", Chapter("first", 1, "Text.[^a]\n\n[^a]: Note a."))
            .Write("input/chapters/02-b.md", Chapter("second", 2, "Text.[^b] See <xref:note-2>.\n\n[^b]: Note b."));

        var result = site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var link = site.Page("chapters/second/index.html").QuerySelectorAll("main .prose a").Single(a => a.GetAttribute("href") == "/chapters/second/#fn-2");
        Assert.Equal("note 2", link.TextContent);
    }
}
