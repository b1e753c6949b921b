using System.Net;
using System.Text.Json;
using AngleSharp.Html.Parser;
using PolicySite.Tests.Stages;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Preview;

/// <summary>
/// Saving a file reaches open pages over the live-reload event stream: a reload once the new
/// build is served, a stylesheet swap for CSS, the errors for a build that failed (while the
/// last good build is still served), and the all-clear once they are fixed.
/// </summary>
public sealed class LiveReloadTests : IAsyncLifetime
{
    private const string ChapterFile = "input/chapters/01-intro.md";
    private const string ChapterUrl = "/chapters/intro/";

    private readonly SiteFixture _site = new();
    private PreviewHost _host = null!;

    public async Task InitializeAsync()
    {
        _site.Write(ChapterFile, SampleContent.Chapter(body: "The first version.\n"));
        _host = await PreviewHost.StartAsync(_site);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        _site.Dispose();
    }

    [Fact]
    public async Task Given_an_open_page_When_its_chapter_is_saved_Then_the_reload_event_arrives_once_the_edit_is_served()
    {
        await using var events = await _host.OpenEventsAsync();

        _site.Write(ChapterFile, SampleContent.Chapter(body: "The second version.\n"));
        var reload = await events.NextAsync("reload");

        Assert.Contains("chapters/intro/index.html", Changed(reload));
        var page = await Page(ChapterUrl);
        Assert.Contains("The second version.", page.Body!.TextContent);
        Assert.DoesNotContain("The first version.", page.Body.TextContent);
        Assert.Equal(Build(reload), page.QuerySelector("script[data-build]")?.GetAttribute("data-build"));
    }

    [Fact]
    public async Task Given_an_open_page_When_the_front_matter_breaks_Then_the_errors_arrive_and_the_last_good_build_is_still_served()
    {
        await using var events = await _host.OpenEventsAsync();

        _site.Write(ChapterFile, "---\nid: intro\nnumber: I\ntitle: Intro\norder: [1\n---\nThe broken version.\n");
        var errors = JsonDocument.Parse(await events.NextAsync("errors")).RootElement;

        var diagnostic = errors.GetProperty("diagnostics").EnumerateArray().First();
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.StartsWith("PS00", diagnostic.GetProperty("code").GetString());
        Assert.StartsWith("input/chapters/01-intro.md(", diagnostic.GetProperty("location").GetString());
        var page = await Page(ChapterUrl);
        Assert.Contains("The first version.", page.Body!.TextContent);
        Assert.Contains("error PS00", _host.Terminal);

        _site.Write(ChapterFile, SampleContent.Chapter(body: "The fixed version.\n"));
        await events.NextAsync("ok");
        await events.NextAsync("reload");
        Assert.Contains("The fixed version.", (await Page(ChapterUrl)).Body!.TextContent);
    }

    [Fact]
    public async Task Given_a_failed_rebuild_When_a_page_opens_its_event_stream_Then_it_is_sent_the_errors_at_once()
    {
        await using (var first = await _host.OpenEventsAsync())
        {
            _site.Write(ChapterFile, "---\nid: intro\n---\nNo title, no number, no order.\n");
            await first.NextAsync("errors");
        }

        await using var late = await EventStream.OpenAsync(_host.Http, "/__policysite/events");

        await late.NextAsync("hello");
        var errors = await late.NextAsync("errors", TimeSpan.FromSeconds(5));
        Assert.Contains("PS0013", errors);
    }

    [Fact]
    public async Task Given_an_open_page_When_only_the_stylesheet_changes_Then_it_is_told_to_swap_the_stylesheet_not_to_reload()
    {
        await using var events = await _host.OpenEventsAsync();
        var before = (await Page(ChapterUrl)).QuerySelector("link[rel=stylesheet]")!.GetAttribute("href");

        File.AppendAllText(_site.PathOf("theme/assets/css/site.css"), "\n.preview-test { color: red; }\n");
        var (name, _) = await events.NextAsync();

        Assert.Equal("css", name);
        var after = (await Page(ChapterUrl)).QuerySelector("link[rel=stylesheet]")!.GetAttribute("href");
        Assert.NotEqual(before, after);
        using var stylesheet = await _host.Http.GetAsync(after);
        Assert.Contains(".preview-test", await stylesheet.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Given_an_open_page_When_a_template_changes_Then_the_page_reloads_with_it()
    {
        await using var events = await _host.OpenEventsAsync();
        var layout = _site.PathOf("theme/layouts/chapter.html");

        File.WriteAllText(layout, File.ReadAllText(layout) + "\n<p class=\"preview-test\">from the layout</p>\n");
        await events.NextAsync("reload");

        Assert.NotNull((await Page(ChapterUrl)).QuerySelector("p.preview-test"));
    }

    [Fact]
    public async Task Given_an_editor_that_saves_through_a_temp_file_and_a_rename_When_it_saves_Then_one_rebuild_serves_the_edit()
    {
        await using var events = await _host.OpenEventsAsync();
        var temp = _site.PathOf("input/chapters/.01-intro.md.swp");

        File.WriteAllText(temp, SampleContent.Chapter(body: "Saved by rename.\n"));
        File.Move(temp, _site.PathOf(ChapterFile), overwrite: true);
        await events.NextAsync("reload");

        Assert.Contains("Saved by rename.", (await Page(ChapterUrl)).Body!.TextContent);
    }

    [Fact]
    public async Task Given_a_series_of_edits_When_the_preview_has_rebuilt_Then_it_serves_exactly_what_a_fresh_build_produces()
    {
        await using var events = await _host.OpenEventsAsync();

        _site.Write("input/chapters/02-next.md", SampleContent.Chapter(id: "next", order: 2, title: "Next", number: "II"));
        await events.NextAsync("reload");
        _site.Write(ChapterFile, SampleContent.Chapter(title: "Introduction", body: "Renamed.\n"));
        await events.NextAsync("reload");
        File.AppendAllText(_site.PathOf("theme/assets/css/site.css"), "\n/* edited */\n");
        await events.NextAsync("css");

        var fresh = new PolicySite.Pipeline.SiteBuilder().Build(_site.Options(output: Path.Combine(_site.Root, "fresh"), now: PreviewHost.Now), write: false);
        Assert.True(fresh.Succeeded);
        var served = _host.Server.Current.Source;
        Assert.Equal(fresh.Files.Select(f => f.Path), served.Select(f => f.Path));
        Assert.All(fresh.Files.Zip(served), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
        using var next = await _host.Http.GetAsync("/chapters/next/");
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    private async Task<AngleSharp.Html.Dom.IHtmlDocument> Page(string url) =>
        new HtmlParser().ParseDocument(await _host.Http.GetStringAsync(url));

    private static IReadOnlyList<string> Changed(string data) =>
        JsonDocument.Parse(data).RootElement.GetProperty("changed").EnumerateArray().Select(e => e.GetString()!).ToList();

    private static string? Build(string data) => JsonDocument.Parse(data).RootElement.GetProperty("build").GetString();
}
