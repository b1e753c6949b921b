using System.Net;
using PolicySite.Tests.Stages;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Preview;

/// <summary>Where the preview serves the site (its base path), and what it serves before the site has ever built.</summary>
public sealed class PreviewSiteStateTests : IDisposable
{
    private readonly SiteFixture _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Given_a_base_url_with_a_path_Then_the_site_is_served_under_that_path_as_its_links_expect()
    {
        _site.Write("input/chapters/01-intro.md", SampleContent.Chapter());
        await using var host = await PreviewHost.StartAsync(_site, baseUrl: "https://example.org/policy/");

        using var page = await host.Http.GetAsync("/policy/chapters/intro/");
        using var root = await host.Http.GetAsync("/");
        using var outside = await host.Http.GetAsync("/chapters/intro/");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("href=\"/policy/", await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.MovedPermanently, root.StatusCode);
        Assert.Equal("/policy/", root.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
    }

    [Fact]
    public async Task Given_a_site_that_does_not_build_When_the_preview_starts_Then_it_shows_the_errors_and_serves_the_site_once_fixed()
    {
        _site.Write("input/chapters/01-intro.md", "---\nid: intro\n---\nNo title yet.\n");
        await using var host = await PreviewHost.StartAsync(_site);

        Assert.False(host.Server.HasSite);
        Assert.Contains("PS0013", host.Terminal);
        using (var placeholder = await host.Http.GetAsync("/chapters/intro/"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, placeholder.StatusCode);
            Assert.Contains("/__policysite/live.js", await placeholder.Content.ReadAsStringAsync());
        }
        await using var events = await EventStream.OpenAsync(host.Http, "/__policysite/events");
        await events.NextAsync("hello");
        Assert.Contains("PS0013", await events.NextAsync("errors"));

        // The output folder is written after the pages are told, so wait for the whole rebuild.
        var rebuilt = new TaskCompletionSource();
        host.Server.Rebuilt += report =>
        {
            if (report.Result.Succeeded)
            {
                rebuilt.TrySetResult();
            }
        };
        _site.Write("input/chapters/01-intro.md", SampleContent.Chapter());
        await events.NextAsync("ok");
        await events.NextAsync("reload");

        using var page = await host.Http.GetAsync("/chapters/intro/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        await rebuilt.Task.WaitAsync(EventStream.DefaultTimeout);
        Assert.True(File.Exists(Path.Combine(_site.Output, "chapters", "intro", "index.html")));
    }
}
