using System.Text;
using PolicySite.Diagnostics;
using PolicySite.Emit;
using PolicySite.Templates;
using PolicySite.Validation;

namespace PolicySite.Tests.Stages;

public sealed class ValidateLinksTests
{
    private const string Target = """<html><body><h1 id="top">A</h1><h2 id="section">S</h2></body></html>""";

    private static IReadOnlyList<Diagnostic> Validate(string linkingPage, string baseUrl = "/")
    {
        var files = new List<OutputFile>
        {
            new("chapters/a/index.html", Encoding.UTF8.GetBytes(Target)),
            new("chapters/b/index.html", Encoding.UTF8.GetBytes($"<html><body>{linkingPage}</body></html>")),
            new("assets/css/site.0123456789.css", "body{}"u8.ToArray()),
        };
        var diagnostics = new DiagnosticBag();
        new ValidateLinks().Run(files, new SiteUrls(baseUrl), diagnostics);
        return diagnostics.Sorted();
    }

    [Theory]
    [InlineData("/chapters/a/")]
    [InlineData("/chapters/a/index.html")]
    [InlineData("/chapters/a")]
    [InlineData("../a/")]
    [InlineData("/chapters/a/#section")]
    [InlineData("../a/#top")]
    [InlineData("/assets/css/site.0123456789.css")]
    public void Should_accept_a_link_to_an_existing_page_or_anchor(string href)
    {
        Assert.Empty(Validate($"<a href=\"{href}\">x</a>"));
    }

    [Fact]
    public void Should_accept_links_to_the_pages_own_anchors_whether_escaped_or_not()
    {
        Assert.Empty(Validate("<h2 id=\"über\">Ü</h2><p id=\"p1\"><a href=\"#%C3%BCber\">x</a> <a href=\"#über\">y</a> <a href=\"#p1\">z</a></p>"));
    }

    [Fact]
    public void Should_keep_of_a_pages_links_each_one_once_but_not_those_to_its_own_anchors()
    {
        var page = PolicySite.Html.HtmlTreeReader.Read(
            "<h2 id=\"plan\">Plan</h2><a href=\"#plan\">a</a><a href=\"#gone\">b</a><a href=\"/chapters/a/#top\">c</a><a href=\"/chapters/a/#top\">d</a><img src=\"/i.png\" alt=\"\">");

        var links = PageLinks.From(page);

        Assert.Equal(["#gone", "/chapters/a/#top", "/i.png"], links.Links.Order(StringComparer.Ordinal));
        Assert.Contains("plan", links.Ids);
    }

    [Fact]
    public void Should_keep_one_copy_of_a_link_that_pages_read_on_one_thread_share()
    {
        var first = PageLinks.From(PolicySite.Html.HtmlTreeReader.Read("<a href=\"/notes/\">Notes</a><a href=\"/chapters/a/\">A</a>"));
        var second = PageLinks.From(PolicySite.Html.HtmlTreeReader.Read("<a href=\"/notes/\">Notes</a><a href=\"/chapters/b/\">B</a>"));

        Assert.Same(first.Links.Single(l => l == "/notes/"), second.Links.Single(l => l == "/notes/"));
        Assert.Equal(["/chapters/b/", "/notes/"], second.Links.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("/chapters/missing/")]
    [InlineData("../missing/")]
    [InlineData("/assets/css/site.css")]
    public void Should_warn_PS0301_for_a_link_to_a_page_that_does_not_exist(string href)
    {
        var diagnostic = Assert.Single(Validate($"<a href=\"{href}\">x</a>"));

        Assert.Equal(DiagnosticCodes.BrokenLink, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains(href, diagnostic.Message);
        Assert.Equal("chapters/b/index.html", diagnostic.File);
    }

    [Fact]
    public void Should_warn_PS0301_for_a_missing_stylesheet_or_image()
    {
        var diagnostics = Validate("<link rel=\"stylesheet\" href=\"/assets/nope.css\"><img src=\"/img/nope.png\" alt=\"\">");

        Assert.Equal(2, diagnostics.Count);
        Assert.All(diagnostics, d => Assert.Equal(DiagnosticCodes.BrokenLink, d.Code));
    }

    [Theory]
    [InlineData("/chapters/a/#nowhere")]
    [InlineData("../a/#nowhere")]
    [InlineData("#nowhere")]
    public void Should_warn_PS0302_for_a_missing_anchor_on_an_existing_page(string href)
    {
        var diagnostic = Assert.Single(Validate($"<a href=\"{href}\">x</a>"));

        Assert.Equal(DiagnosticCodes.MissingAnchor, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("nowhere", diagnostic.Message);
    }

    [Theory]
    [InlineData("https://example.org/missing/")]
    [InlineData("http://example.org/#nowhere")]
    [InlineData("//cdn.example.org/x.js")]
    [InlineData("mailto:someone@example.org")]
    [InlineData("tel:+31700000000")]
    public void Should_ignore_external_links(string href)
    {
        Assert.Empty(Validate($"<a href=\"{href}\">x</a>"));
    }

    [Fact]
    public void Should_check_absolute_links_into_the_site_itself_against_the_base_url()
    {
        var diagnostic = Assert.Single(Validate("<a href=\"https://example.org/policy/chapters/missing/\">x</a>", "https://example.org/policy/"));

        Assert.Equal(DiagnosticCodes.BrokenLink, diagnostic.Code);
    }

    [Theory]
    [InlineData("/policy/chapters/a/", null)]
    [InlineData("/policy/chapters/a#section", null)]
    [InlineData("/policy/chapters/%61/#sec%74ion", null)]
    [InlineData("/policy/chapters/a/?from=b#top", null)]
    [InlineData("/policy", DiagnosticCodes.BrokenLink)]
    [InlineData("/chapters/a/", DiagnosticCodes.BrokenLink)]
    [InlineData("/policy/chapters/a/#sec%74", DiagnosticCodes.MissingAnchor)]
    public void Should_resolve_links_under_a_base_path_with_their_escapes_queries_and_fragments(string href, string? code)
    {
        // "/policy" is the base path without its slash: the site's home, which this site has not.
        var diagnostics = Validate($"<a href=\"{href}\">x</a>", "https://example.org/policy/");

        Assert.Equal(code is null ? [] : [code], diagnostics.Select(d => d.Code));
    }
}
