using PolicySite.Diagnostics;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Linking;

/// <summary>An objective page must have each of the five approach parts exactly once.</summary>
public sealed class SpineErrorTests
{
    private const string ApproachChapter = """
        ---
        id: approach
        number: III
        title: Approach
        order: 1
        ---
        ## 1 Nexus {#nexus}

        a

        ## 2 Dialogue {#dialogue}

        b

        ## 3 Partnerships {#partnerships}

        c

        ## 4 Multilateral {#multilateral}

        d

        ## 5 Law {#law-and-norms}

        e
        """;

    private static string Objective(string sections) => $"""
        ---
        id: rights
        objective: I
        title: Rights
        objective_title: Protecting rights
        order: 2
        ---
        {sections}
        """;

    [Fact]
    public void An_objective_without_one_of_the_five_parts_is_PS0130_naming_the_part()
    {
        using var site = new SiteFixture()
            .Write("input/chapters/03-approach.md", ApproachChapter)
            .Write("input/objectives/01-rights.md", Objective("### 1 Nexus {#nexus}\n\nx\n\n### 2 Dialogue {#dialogue}\n\nx\n\n### 3 Partnerships {#partnerships}\n\nx\n\n### 5 Law {#law-and-norms}\n\nx"));

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ApproachPartMissing);
        Assert.Contains("'multilateral'", error.Message);
        Assert.EndsWith("01-rights.md", error.File);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void An_objective_with_a_part_twice_is_PS0131_at_the_second_heading()
    {
        using var site = new SiteFixture()
            .Write("input/chapters/03-approach.md", ApproachChapter)
            .Write("input/objectives/01-rights.md", Objective("### 1 Nexus {#nexus}\n\nx\n\n### 2 Dialogue {#dialogue}\n\nx\n\n### 3 Partnerships {#partnerships}\n\nx\n\n### 4 Multilateral {#multilateral}\n\nx\n\n### 5 Law {#law-and-norms}\n\nx\n\n### 5 Law again {#law-and-norms}\n\ny"));

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.ApproachPartDuplicate);
        Assert.Equal(28, error.Line);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void A_complete_spine_builds_the_matrix_and_five_approach_pages()
    {
        using var site = new SiteFixture()
            .Write("input/chapters/03-approach.md", ApproachChapter)
            .Write("input/objectives/01-rights.md", Objective("### 1 Nexus {#nexus}\n\nx\n\n### 2 Dialogue {#dialogue}\n\nx\n\n### 3 Partnerships {#partnerships}\n\nx\n\n### 4 Multilateral {#multilateral}\n\nx\n\n### 5 Law {#law-and-norms}\n\nx"));

        var result = site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Single(site.Page("approach/index.html").QuerySelectorAll("table.matrix tbody tr td a"), a => a.GetAttribute("href") == "/objectives/rights/#law-and-norms");
        Assert.Equal("5 Law", site.Page("approach/law-and-norms/index.html").QuerySelector("h1")!.TextContent);
    }
}
