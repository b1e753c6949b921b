using PolicySite.Diagnostics;
using PolicySite.Tests.Stages;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Linking;

/// <summary>
/// A source may be cited in the running text as well as in a note. The sources page then links
/// to the section the citation is in, named by its page, not to a note that does not exist.
/// </summary>
public sealed class SourceCitedInTextTests : IDisposable
{
    private readonly SiteFixture _site = new();

    public SourceCitedInTextTests()
    {
        _site.Write("input/data/references.yml", """
            - id: framework
              title: "Policy Framework"
              url: "https://www.government.nl/framework"
            """);
        _site.Write("input/chapters/01-first.md", SampleContent.Chapter(id: "first", order: 1, title: "First", body: """
            Before any heading: the [framework](ref:framework).

            ## Aims {#aims}

            The [framework](ref:framework) again, and a note.[^n]

            [^n]: See the [framework](ref:framework).

            """));
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_strict_build_succeeds_and_the_sources_page_links_each_citation_to_where_it_is()
    {
        var result = _site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        var cited = _site.Page("references/index.html").QuerySelectorAll("#source-framework .source-cited a")
            .Select(a => (a.GetAttribute("href"), a.TextContent.Trim()))
            .ToList();
        Assert.Equal(
            [("/chapters/first/", "First"), ("/chapters/first/#aims", "First"), ("/chapters/first/#fn-1", "note 1")],
            cited);
    }
}
