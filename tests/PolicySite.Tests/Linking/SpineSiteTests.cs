using PolicySite.Tests.Site;

namespace PolicySite.Tests.Linking;

/// <summary>The 3 × 5 spine on the real site: the matrix, the approach pages, and the links between sections.</summary>
public sealed class SpineSiteTests(RealSite site) : IClassFixture<RealSite>
{
    private static readonly string[] Parts = ["nexus", "dialogue", "partnerships", "multilateral", "law-and-norms"];
    private static readonly string[] Objectives = ["human-rights", "democracy", "international-legal-order"];

    [Fact]
    public void Every_cell_of_the_matrix_links_to_its_part_under_its_objective_and_the_section_exists()
    {
        var matrix = site.Page("approach/index.html");
        var rows = matrix.QuerySelectorAll("table.matrix tbody tr");

        Assert.Equal(5, rows.Length);
        for (var r = 0; r < rows.Length; r++)
        {
            var cells = rows[r].QuerySelectorAll("td a").Select(a => a.GetAttribute("href")).ToList();
            Assert.Equal(Objectives.Select(o => $"/objectives/{o}/#{Parts[r]}"), cells);
            foreach (var objective in Objectives)
            {
                Assert.NotNull(site.Page($"objectives/{objective}/index.html").GetElementById(Parts[r]));
            }
        }
    }

    [Fact]
    public void Each_approach_page_quotes_chapter_III_and_the_part_under_all_three_objectives()
    {
        foreach (var part in Parts)
        {
            var page = site.Page($"approach/{part}/index.html");
            var inContext = page.QuerySelectorAll("p.in-context a").Select(a => a.GetAttribute("href")).ToList();

            Assert.Equal(new[] { $"/chapters/approach/#{part}" }.Concat(Objectives.Select(o => $"/objectives/{o}/#{part}")), inContext);
        }
    }

    [Fact]
    public void The_partnerships_page_quotes_the_Safety_for_Voices_paragraph_verbatim()
    {
        var text = VisibleText.Of(site.Page("approach/partnerships/index.html"));

        Assert.Contains("the central Human Rights Fund grant framework Safety for Voices (2023-2027), which is investing €20 million", text);
    }

    [Fact]
    public void Quoted_sections_repeat_no_ids_and_their_note_references_lead_to_the_note_on_its_own_page()
    {
        var page = site.Page("approach/dialogue/index.html");
        var references = page.QuerySelectorAll("a[role=doc-noteref]").ToList();

        Assert.NotEmpty(references);
        Assert.All(references, a =>
        {
            Assert.Null(a.GetAttribute("id"));
            var href = a.GetAttribute("href")!;
            Assert.Matches("^/objectives/[a-z-]+/#fn-[0-9]+$", href);
            var hash = href.IndexOf('#');
            var note = site.Page(href[1..hash] + "index.html").GetElementById(href[(hash + 1)..]);
            Assert.NotNull(note);
            Assert.Equal(href[(hash + "#fn-".Length)..], a.QuerySelector("sup")!.TextContent.Split(' ').Last().Trim());
        });
    }

    [Fact]
    public void Each_approach_section_of_an_objective_links_to_the_same_part_under_the_other_objectives_and_to_its_definition()
    {
        foreach (var objective in Objectives)
        {
            var page = site.Page($"objectives/{objective}/index.html");
            foreach (var part in Parts)
            {
                var links = page.GetElementById(part)!.NextElementSibling!;
                var hrefs = links.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();

                Assert.Equal("section-links", links.ClassName);
                foreach (var other in Objectives.Where(o => o != objective))
                {
                    Assert.Contains($"/objectives/{other}/#{part}", hrefs);
                }
                Assert.Contains($"/chapters/approach/#{part}", hrefs);
            }
        }
    }
}
