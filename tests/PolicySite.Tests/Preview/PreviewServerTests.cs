using System.Net;
using AngleSharp.Html.Parser;
using PolicySite.Publishing;

namespace PolicySite.Tests.Preview;

/// <summary>The preview answers as a static host would for the built site, with the production security headers.</summary>
public sealed class PreviewServerTests(ServedRealSite served) : IClassFixture<ServedRealSite>
{
    private const string Chapter = "/chapters/importance/";

    private HttpClient Http => served.Host.Http;

    [Fact]
    public async Task Should_serve_a_page_with_the_production_security_headers_but_no_HSTS_over_http()
    {
        using var response = await Http.GetAsync(Chapter);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        foreach (var header in SecurityHeaders.For(httpsProduction: false))
        {
            Assert.Equal(header.Value, Assert.Single(response.Headers.GetValues(header.Name)));
        }
        Assert.Contains("script-src 'self';", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("unsafe-inline", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Should_serve_the_same_page_as_the_build_with_the_live_reload_script_added_as_an_external_script()
    {
        var html = await Http.GetStringAsync(Chapter);
        var page = new HtmlParser().ParseDocument(html);
        var built = System.Text.Encoding.UTF8.GetString(served.Host.Server.Current.Source.Single(f => f.Path == "chapters/importance/index.html").Content);

        var tag = $"<script src=\"/__policysite/live.js\" data-build=\"{served.Host.Server.Current.BuildId}\" defer></script>";
        Assert.Equal(built, html.Replace(tag, ""));
        Assert.EndsWith(tag + "</body>\n</html>\n", html);
        var live = page.Body!.LastElementChild!;
        Assert.Equal("script", live.LocalName);
        Assert.Equal("/__policysite/live.js", live.GetAttribute("src"));
        Assert.True(live.HasAttribute("defer"));
        // No inline script anywhere, so the strict Content-Security-Policy holds with the preview's client too.
        Assert.All(page.QuerySelectorAll("script"), script => Assert.False(string.IsNullOrEmpty(script.GetAttribute("src"))));
    }

    [Fact]
    public async Task Should_serve_the_root_and_pretty_urls_and_redirect_a_path_without_its_slash()
    {
        using var root = await Http.GetAsync("/");
        using var redirect = await Http.GetAsync("/chapters/importance?from=test");

        Assert.Equal(HttpStatusCode.OK, root.StatusCode);
        Assert.Equal(HttpStatusCode.MovedPermanently, redirect.StatusCode);
        Assert.Equal("/chapters/importance/?from=test", redirect.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("css", "text/css")]
    [InlineData("js", "text/javascript")]
    public async Task Should_serve_fingerprinted_assets_with_their_content_type(string extension, string mediaType)
    {
        var asset = served.Host.Server.Current.Source.First(f => f.Path.StartsWith("assets/", StringComparison.Ordinal) && f.Path.EndsWith("." + extension, StringComparison.Ordinal));

        using var response = await Http.GetAsync("/" + asset.Path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(asset.Content, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Should_answer_HEAD_with_the_headers_of_GET_and_no_body()
    {
        using var get = await Http.GetAsync(Chapter);
        using var head = await Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, Chapter));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, head.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Should_serve_the_sites_404_page_with_status_404_for_an_unknown_path()
    {
        using var response = await Http.GetAsync("/chapters/no-such-chapter/");
        var page = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
        var notFound = new HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(
            served.Host.Server.Current.Source.Single(f => f.Path == "404.html").Content));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(notFound.Title, page.Title);
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, response.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Theory]
    [InlineData("/_headers")]
    [InlineData("/_redirects")]
    public async Task Should_not_serve_the_hosts_configuration_files_as_the_host_does_not(string path)
    {
        using var response = await Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("OPTIONS")]
    public async Task Should_refuse_every_method_but_GET_and_HEAD(string method)
    {
        using var response = await Http.SendAsync(new HttpRequestMessage(new HttpMethod(method), Chapter));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow.Order());
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/../../secret.txt")]
    [InlineData("/chapters/../../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2E/%2E%2E/secret.txt")]
    [InlineData("/.%2e/secret.txt")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/..%2Fsecret.txt")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("/%252e%252e/secret.txt")]
    [InlineData("//secret.txt")]
    [InlineData("/../input/site.yml")]
    [InlineData("/%2e%2e/input/site.yml")]
    [InlineData("//etc/passwd")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/etc/passwd")]
    [InlineData("/./index.html")]
    [InlineData("/index.html%00.txt")]
    public async Task Should_refuse_paths_that_try_to_leave_the_site(string target)
    {
        var response = await RawHttp.GetAsync(served.Host.Url, target);

        Assert.True(response.Status is 400 or 404, $"{target} gave {response.Status}");
        Assert.DoesNotContain(ServedRealSite.Secret, response.Body);
        Assert.DoesNotContain("publication_date", response.Body);
        Assert.DoesNotContain("root:", response.Body);
    }

    [Theory]
    [InlineData("attacker.example")]
    [InlineData("attacker.example:80")]
    [InlineData("192.0.2.1")]
    public async Task Should_refuse_a_request_for_another_host_name_so_a_rebinding_page_cannot_read_drafts(string host)
    {
        var response = await RawHttp.GetAsync(served.Host.Url, "/chapters/importance/", host: host);

        Assert.Equal(400, response.Status);
        Assert.DoesNotContain("importance", response.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    public async Task Should_answer_to_loopback_host_names(string name)
    {
        var response = await RawHttp.GetAsync(served.Host.Url, "/chapters/importance/", host: $"{name}:{served.Host.Url.Port}");

        Assert.Equal(200, response.Status);
    }

    [Fact]
    public async Task Should_refuse_an_absolute_form_request_target()
    {
        var response = await RawHttp.GetAsync(served.Host.Url, $"http://{served.Host.Url.Authority}/../secret.txt");

        Assert.True(response.Status is 400 or 404, $"gave {response.Status}");
        Assert.DoesNotContain(ServedRealSite.Secret, response.Body);
    }

    [Fact]
    public async Task Should_serve_the_live_reload_client_and_its_stylesheet_but_never_write_them_to_output()
    {
        using var script = await Http.GetAsync("/__policysite/live.js");
        using var styles = await Http.GetAsync("/__policysite/live.css");
        using var unknown = await Http.GetAsync("/__policysite/secret.txt");

        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType?.MediaType);
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, styles.StatusCode);
        Assert.Equal("text/css", styles.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);

        var written = Directory.EnumerateFiles(served.Fixture.Output, "*", SearchOption.AllDirectories).ToList();
        Assert.DoesNotContain(written, path => path.Contains("__policysite", StringComparison.Ordinal) || path.EndsWith("live.js", StringComparison.Ordinal));
        Assert.All(written.Where(p => p.EndsWith(".html", StringComparison.Ordinal)),
            path => Assert.DoesNotContain("__policysite", File.ReadAllText(path)));
    }

    [Fact]
    public void Should_write_the_served_build_to_the_output_folder()
    {
        var source = served.Host.Server.Current.Source;
        var written = Directory.EnumerateFiles(served.Fixture.Output, "*", SearchOption.AllDirectories)
            .ToDictionary(p => Path.GetRelativePath(served.Fixture.Output, p).Replace('\\', '/'), File.ReadAllBytes);

        Assert.Equal(source.Select(f => f.Path).Order(StringComparer.Ordinal), written.Keys.Order(StringComparer.Ordinal));
        Assert.All(source, file => Assert.Equal(file.Content, written[file.Path]));
    }

    [Fact]
    public async Task Should_open_an_event_stream_that_greets_with_the_current_build()
    {
        await using var events = await EventStream.OpenAsync(Http, "/__policysite/events");

        var hello = await events.NextAsync("hello");

        Assert.Equal("text/event-stream", events.ContentType);
        Assert.Contains(served.Host.Server.Current.BuildId, hello);
    }
}
