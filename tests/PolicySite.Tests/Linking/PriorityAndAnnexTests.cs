using PolicySite.Diagnostics;
using PolicySite.Tests.Site;

namespace PolicySite.Tests.Linking;

/// <summary>The thematic priority pages and the annex tables of the real site, and that every cross-reference on it resolves.</summary>
public sealed class PriorityAndAnnexTests(RealSite site) : IClassFixture<RealSite>
{
    private static readonly string[] Priorities = ["women-and-girls", "lgbtiq", "religion-and-belief", "freedom-of-expression", "human-rights-defenders"];

    [Fact]
    public void The_real_site_has_no_warning_so_a_strict_build_passes()
    {
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
    }

    [Fact]
    public void Each_priority_page_quotes_paragraphs_that_exist_where_its_links_point()
    {
        foreach (var priority in Priorities)
        {
            var excerpts = site.Page($"priorities/{priority}/index.html").QuerySelectorAll("figure.excerpt").ToList();

            Assert.NotEmpty(excerpts);
            foreach (var excerpt in excerpts)
            {
                var href = excerpt.QuerySelector("figcaption a")!.GetAttribute("href")!;
                var hash = href.IndexOf('#');
                var paragraph = site.Page(href[1..hash] + "index.html").GetElementById(href[(hash + 1)..]);
                Assert.NotNull(paragraph);
                Assert.Equal(Words(paragraph!.TextContent), Words(excerpt.QuerySelector("blockquote")!.TextContent));
            }
        }
    }

    [Fact]
    public void Chapter_II_links_each_priority_to_its_page()
    {
        var links = site.Page("chapters/objectives/index.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();

        Assert.All(Priorities, p => Assert.Contains($"/priorities/{p}/", links));
    }

    [Fact]
    public void Every_annex_table_has_a_caption_column_headers_and_rows_that_link_to_their_source_paragraph()
    {
        var tables = site.Page("annex/index.html").QuerySelectorAll("table").ToList();

        Assert.NotEmpty(tables);
        foreach (var table in tables)
        {
            Assert.False(string.IsNullOrWhiteSpace(table.QuerySelector("caption")?.TextContent));
            Assert.All(table.QuerySelectorAll("thead th"), th => Assert.Equal("col", th.GetAttribute("scope")));
            foreach (var row in table.QuerySelectorAll("tbody tr"))
            {
                var href = row.QuerySelector("td:last-child a")!.GetAttribute("href")!;
                var hash = href.IndexOf('#');
                Assert.NotNull(site.Page(href[1..hash] + "index.html").GetElementById(href[(hash + 1)..]));
            }
        }
    }

    [Fact]
    public void The_Safety_for_Voices_row_states_the_amounts_and_period_as_the_document_does()
    {
        var row = site.Page("annex/index.html").QuerySelectorAll("tbody tr").Single(r => r.QuerySelector("th")!.TextContent == "Safety for Voices");

        Assert.Contains("€20 million", row.TextContent);
        Assert.Contains("2023-2027", row.TextContent);
    }

    /// <summary>The words of a paragraph without its permalink sign, for comparing a quote with its original.</summary>
    private static string Words(string text) => string.Join(' ', text.Replace("¶", "").Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
