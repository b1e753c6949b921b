using PolicySite.Diagnostics;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Stages;

/// <summary>Broken links written in Markdown, found in the emitted site and reported at the Markdown line.</summary>
public sealed class ValidateLinksInContentTests : IDisposable
{
    private readonly SiteFixture _site = new();

    public void Dispose() => _site.Dispose();

    private (string Path, string Href) WriteChapterLinkingTo(string href)
    {
        var body = $"Body text.\n\nSee [the other part]({href}) for more.\n";
        _site.Write("input/chapters/01-a.md", SampleContent.Chapter(body: body));
        return (_site.PathOf("input/chapters/01-a.md"), href);
    }

    [Fact]
    public void Should_warn_PS0301_at_the_line_and_column_of_a_Markdown_link_to_a_missing_page()
    {
        var (path, href) = WriteChapterLinkingTo("/chapters/nope/");

        var result = _site.Build();

        Assert.True(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink && d.Message.Contains(href, StringComparison.Ordinal));
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(path, diagnostic.File);
        Assert.Equal(SampleContent.ChapterBodyFirstLine + 2, diagnostic.Line);
        Assert.Equal("See [the other part](".Length + 1, diagnostic.Column);
    }

    [Fact]
    public void Should_warn_PS0302_for_a_Markdown_link_to_a_missing_anchor_on_an_existing_page()
    {
        var (path, href) = WriteChapterLinkingTo("/chapters/intro/#nowhere");

        var result = _site.Build();

        Assert.True(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Message.Contains(href, StringComparison.Ordinal));
        Assert.Equal(DiagnosticCodes.MissingAnchor, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(path, diagnostic.File);
        Assert.Equal(SampleContent.ChapterBodyFirstLine + 2, diagnostic.Line);
    }

    [Fact]
    public void Should_accept_a_Markdown_link_to_a_heading_of_an_existing_page()
    {
        _site.Write("input/chapters/02-b.md", SampleContent.Chapter(id: "second", order: 2, body: "## The plan\n\nText.\n"));
        var (_, href) = WriteChapterLinkingTo("/chapters/second/#the-plan");

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains(href, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_ignore_an_external_Markdown_link()
    {
        var (_, href) = WriteChapterLinkingTo("https://example.org/nowhere/#missing");

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains(href, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_fail_a_strict_build_on_a_broken_link_and_write_nothing()
    {
        WriteChapterLinkingTo("/chapters/nope/");

        var result = _site.Build(strict: true);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.BrokenLink);
        Assert.False(Directory.Exists(_site.Output));
    }
}
