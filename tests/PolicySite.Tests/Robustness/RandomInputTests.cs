using CsCheck;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Robustness;

/// <summary>
/// Property tests: random Markdown and random front matter never crash the build. It either
/// succeeds or reports diagnostics, and a successful build is deterministic. The number of
/// cases is kept small for the test command (<see cref="PropertyRuns"/>); for a longer run use
/// <c>scripts/property-tests.sh [cases]</c>.
/// </summary>
public sealed class RandomInputTests
{
    private static readonly string[] Fragments =
    [
        "# ", "## ", "### Heading {#h}", "- ", "1. ", "> ", "*", "**", "_", "`", "```", "~~~", "[^n]", "[^n]: note", "[x](xref:a)",
        "[y](ref:nope)", "<xref:a>", "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "|a|b|\n|-|-|\n|1|2|",
        "{#id}", "{.class}", "\\", "&amp;", "&#0;", "€", "\u00a0", "\t", "\r\n", "\n", "\n\n", " ", "text", "[link](/missing/)", "---",
    ];

    private static readonly Gen<string> Markdown = Gen.OneOf(Fragments).Array[0, 40].Select(parts => string.Concat(parts));

    private static readonly Gen<string> FrontMatterValue = Gen.OneOf(
        Gen.OneOf("a", "x-1", "", "\"quoted\"", "[1, 2]", "{a: b}", "<b>", "'", "-1", "2018-02-30", ": :"),
        Gen.String[0, 12]);

    [Fact]
    public void Random_markdown_bodies_either_build_or_report_diagnostics()
    {
        Markdown.Sample(body =>
        {
            using var site = new SiteFixture().Write("input/chapters/01-a.md", $"---\nid: a\nnumber: I\ntitle: A\norder: 1\n---\n{body}");
            var first = site.Build(output: site.PathOf("one"));
            if (first.Succeeded)
            {
                var second = site.Build(output: site.PathOf("two"));
                Assert.True(second.Succeeded);
                Assert.Equal(first.Paths, second.Paths);
                Assert.All(first.Paths, path => Assert.Equal(File.ReadAllBytes(Path.Combine(site.PathOf("one"), path)), File.ReadAllBytes(Path.Combine(site.PathOf("two"), path))));
            }
            else
            {
                Assert.NotEmpty(first.Diagnostics);
            }
        }, iter: PropertyRuns.Iterations, threads: 1);
    }

    [Fact]
    public void Random_front_matter_values_either_build_or_report_diagnostics_with_a_location()
    {
        Gen.Select(FrontMatterValue, FrontMatterValue, FrontMatterValue).Sample((id, title, order) =>
        {
            using var site = new SiteFixture().Write("input/chapters/01-a.md", $"---\nid: {id}\nnumber: I\ntitle: {title}\norder: {order}\n---\nText.");
            var result = site.Build();
            Assert.True(result.Succeeded || result.Diagnostics.Any(d => d.File is not null), string.Join("\n", result.Diagnostics));
        }, iter: PropertyRuns.Iterations, threads: 1);
    }
}
