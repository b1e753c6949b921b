using PolicySite.Diagnostics;
using PolicySite.Linking;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Publishing;

/// <summary>
/// Aliases on every kind of page that has them, in a small site; and every alias that cannot work
/// is an error at its line (PS0601 not a path in the site, PS0602 an address already taken).
/// </summary>
public sealed class AliasErrorTests : IDisposable
{
    private readonly SiteFixture _site = new();

    public void Dispose() => _site.Dispose();

    /// <summary>A chapter whose aliases start on line 6 (id 2, number 3, title 4, order 5).</summary>
    private static string Chapter(string id, int order, params string[] aliases) =>
        $"---\nid: {id}\nnumber: I\ntitle: Chapter {id}\norder: {order}\n"
        + (aliases.Length == 0 ? "" : "aliases:\n" + string.Concat(aliases.Select(a => $"  - '{a}'\n")))
        + "---\nText.\n";

    private Diagnostic BuildExpectingOne(string code)
    {
        var result = _site.Build(strict: true);
        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(_site.Output), "a failed build writes nothing");
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(code, diagnostic.Code);
        return diagnostic;
    }

    [Fact]
    public void Chapters_objectives_and_events_can_all_have_aliases()
    {
        _site.Write("input/chapters/one.md", Chapter("one", 1, "/hoofdstuk-1/", "/old/one.html", "/oud/een"))
            .Write("input/objectives/goal.md", "---\nid: goal\nobjective: I\ntitle: Goal\nobjective_title: The goal\norder: 2\naliases:\n  - /doel/\n---\n"
                + "### Nexus {#nexus}\n\na\n\n### Dialogue {#dialogue}\n\nb\n\n### Partnerships {#partnerships}\n\nc\n\n"
                + "### Multilateral {#multilateral}\n\nd\n\n### Law {#law-and-norms}\n\ne\n")
            .Write("input/events/meeting.md", "---\nid: meeting\ntitle: Meeting\nstart: 2030-05-14T19:00\nend: 2030-05-14T21:00\ntime_zone: Europe/Amsterdam\nstatus: scheduled\naliases: [\"/evenement/meeting/\"]\n---\nText.\n");

        var result = _site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var redirects = File.ReadAllText(_site.PathOf("output/_redirects"));
        Assert.Contains("/hoofdstuk-1/  /chapters/one/  301!\n", redirects);
        Assert.Contains("/old/one.html  /chapters/one/  301!\n", redirects);
        Assert.Contains("/oud/een/  /chapters/one/  301!\n", redirects);
        Assert.Contains("/doel/  /objectives/goal/  301!\n", redirects);
        Assert.Contains("/evenement/meeting/  /events/meeting/  301!\n", redirects);
        Assert.Equal("0; url=/chapters/one/", _site.Page("hoofdstuk-1/index.html").QuerySelector("meta[http-equiv='refresh']")?.GetAttribute("content"));
        Assert.Equal("0; url=/chapters/one/", _site.Page("old/one.html").QuerySelector("meta[http-equiv='refresh']")?.GetAttribute("content"));
        Assert.Equal("0; url=/chapters/one/", _site.Page("oud/een/index.html").QuerySelector("meta[http-equiv='refresh']")?.GetAttribute("content"));
        Assert.Equal("0; url=/objectives/goal/", _site.Page("doel/index.html").QuerySelector("meta[http-equiv='refresh']")?.GetAttribute("content"));
        Assert.Equal("0; url=/events/meeting/", _site.Page("evenement/meeting/index.html").QuerySelector("meta[http-equiv='refresh']")?.GetAttribute("content"));
    }

    [Fact]
    public void A_site_without_aliases_has_an_empty_redirects_file()
    {
        _site.Write("input/chapters/one.md", Chapter("one", 1));

        var result = _site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(File.ReadAllLines(_site.PathOf("output/_redirects")), l => l.Length > 0 && !l.StartsWith('#'));
    }

    [Theory]
    [InlineData("/../etc/passwd/")]
    [InlineData("/old/../../outside/")]
    [InlineData("/./old/")]
    public void Should_report_PS0601_for_an_alias_that_climbs_out_of_the_site(string alias)
    {
        _site.Write("input/chapters/one.md", Chapter("one", 1, alias));

        var error = BuildExpectingOne(DiagnosticCodes.AliasInvalid);

        Assert.Equal((_site.PathOf("input/chapters/one.md"), 7), (error.File, error.Line));
        Assert.Contains("'..'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("old/page/", "does not start with /")]
    [InlineData("https://example.org/old/", "is a URL")]
    [InlineData("//example.org/old/", "is a URL")]
    [InlineData("/old page/", "may only contain")]
    [InlineData("/old/?id=3", "may only contain")]
    [InlineData("/old/#top", "may only contain")]
    [InlineData("/old\\page/", "may only contain")]
    [InlineData("/old//page/", "empty folder name")]
    [InlineData("/old/page.php", "not .html")]
    public void Should_report_PS0601_for_an_alias_that_is_not_a_plain_path(string alias, string expected)
    {
        _site.Write("input/chapters/one.md", Chapter("one", 1, alias));

        var error = BuildExpectingOne(DiagnosticCodes.AliasInvalid);

        Assert.Equal(7, error.Line);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_PS0602_for_an_alias_that_is_another_pages_address()
    {
        _site.Write("input/chapters/one.md", Chapter("one", 1))
            .Write("input/chapters/two.md", Chapter("two", 2, "/chapters/one"));

        var error = BuildExpectingOne(DiagnosticCodes.AliasCollision);

        Assert.Equal((_site.PathOf("input/chapters/two.md"), 7, 6), (error.File, error.Line, error.Column));
        Assert.Contains("page 'one'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/notes/")]
    [InlineData("/")]
    [InlineData("/404.html")]
    public void Should_report_PS0602_for_an_alias_that_is_the_address_of_a_generated_page(string alias)
    {
        _site.Write("input/chapters/one.md", Chapter("one", 1, alias));

        var error = BuildExpectingOne(DiagnosticCodes.AliasCollision);

        Assert.Equal(7, error.Line);
    }

    [Fact]
    public void Should_report_PS0602_for_an_alias_of_two_pages()
    {
        _site.Write("input/chapters/one.md", Chapter("one", 1, "/old/"))
            .Write("input/chapters/two.md", Chapter("two", 2, "/OLD/"));

        var error = BuildExpectingOne(DiagnosticCodes.AliasCollision);

        Assert.Equal(_site.PathOf("input/chapters/two.md"), error.File);
        Assert.Contains("already an alias of page 'one'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_PS0602_for_an_alias_that_is_the_pages_own_address_or_listed_twice()
    {
        _site.Write("input/chapters/one.md", Chapter("one", 1, "/chapters/one/", "/old/", "/old"));

        var result = _site.Build(strict: true);

        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.Equal([(DiagnosticCodes.AliasCollision, 7), (DiagnosticCodes.AliasCollision, 9)], errors.Select(e => (e.Code, e.Line)));
        Assert.Contains("own address", errors[0].Message, StringComparison.Ordinal);
        Assert.Contains("listed twice", errors[1].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/evenement/x/", "evenement/x/", "evenement/x/index.html")]
    [InlineData("/evenement/x", "evenement/x/", "evenement/x/index.html")]
    [InlineData("/old.html", "old.html", "old.html")]
    [InlineData("/Old_Page-1.htm", "Old_Page-1.htm", "Old_Page-1.htm")]
    [InlineData("/v1.2/page/", "v1.2/page/", "v1.2/page/index.html")]
    public void An_alias_path_becomes_the_route_of_its_redirect_page(string alias, string url, string outputPath)
    {
        Assert.True(AliasPath.TryParse(alias, out var route, out var problem), problem);

        Assert.Equal((url, outputPath), (route.Url, route.OutputPath));
    }
}
