using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using PolicySite.Publishing;

namespace PolicySite.Cli.Internal.Preview;

/// <summary>
/// Answers every request the way a static host would answer for the built site: pretty URLs,
/// a redirect that adds the missing slash, the site's own 404 page, GET and HEAD only, and the
/// production security headers on every response. Only the in-memory build is ever read.
/// Under <see cref="ServedSite.ReservedPrefix"/> it serves the live-reload client and its events.
/// </summary>
/// <param name="current">The build to serve, read once per request.</param>
/// <param name="hub">The open pages' event streams.</param>
/// <param name="loopbackOnly">
/// The server listens on a loopback address: then only requests for a loopback host name are
/// answered, so a web page elsewhere cannot read unpublished drafts by pointing its own domain
/// at 127.0.0.1 (DNS rebinding).
/// </param>
internal sealed class PreviewRequestHandler(Func<ServedSite> current, LiveReloadHub hub, bool loopbackOnly)
{
    private static readonly IReadOnlyList<SecurityHeaders.Header> Headers = SecurityHeaders.For(httpsProduction: false);

    private static readonly ServedFile LiveScript = Resource("live.js", ContentTypes.For(".js"));

    private static readonly ServedFile LiveStyles = Resource("live.css", ContentTypes.For(".css"));

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        var response = context.Response;
        foreach (var header in Headers)
        {
            response.Headers[header.Name] = header.Value;
        }
        // A preview is never stale: every request asks again.
        response.Headers.CacheControl = "no-store";

        var head = HttpMethods.IsHead(request.Method);
        if (!head && !HttpMethods.IsGet(request.Method))
        {
            response.Headers.Allow = "GET, HEAD";
            await Text(context, StatusCodes.Status405MethodNotAllowed, "405 Method Not Allowed: the preview serves a static site, GET and HEAD only.\n", head);
            return;
        }

        if (loopbackOnly && !IsLoopbackHost(request.Host.Host))
        {
            await Text(context, StatusCodes.Status400BadRequest, "400 Bad Request: the preview answers only to localhost and loopback addresses.\n", head);
            return;
        }

        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "";
        if (!RequestPath.TryParse(raw, out var path, out var rawPath))
        {
            await Text(context, StatusCodes.Status400BadRequest, "400 Bad Request: that path leaves the site.\n", head);
            return;
        }

        var site = current();
        if (path.StartsWith(ServedSite.ReservedPrefix, StringComparison.Ordinal))
        {
            await Reserved(context, site, path[ServedSite.ReservedPrefix.Length..], head);
            return;
        }
        if (!site.HasSite)
        {
            await Send(context, StatusCodes.Status503ServiceUnavailable, site.PlaceholderPage, head);
            return;
        }

        switch (site.Resolve(path, rawPath, request.QueryString.Value ?? ""))
        {
            case Resolution.Found found:
                await Send(context, StatusCodes.Status200OK, found.File, head);
                break;
            case Resolution.Redirect redirect:
                response.Headers.Location = redirect.Location;
                await Text(context, StatusCodes.Status301MovedPermanently, $"301 Moved Permanently: {redirect.Location}\n", head);
                break;
            default:
                await NotFound(context, site, head);
                break;
        }
    }

    private async Task Reserved(HttpContext context, ServedSite site, string name, bool head)
    {
        switch (name)
        {
            case "live.js":
                await Send(context, StatusCodes.Status200OK, LiveScript, head);
                break;
            case "live.css":
                await Send(context, StatusCodes.Status200OK, LiveStyles, head);
                break;
            case "events":
                await Events(context, head);
                break;
            default:
                await NotFound(context, site, head);
                break;
        }
    }

    /// <summary>The Server-Sent Event stream; it ends when the page goes away or the server stops.</summary>
    private async Task Events(HttpContext context, bool head)
    {
        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "text/event-stream; charset=utf-8";
        if (head)
        {
            return;
        }

        context.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        using var ended = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, hub.Closing);
        var events = hub.Connect();
        try
        {
            // Reconnect quickly after the server restarts; the hello event then tells whether to reload.
            await response.WriteAsync("retry: 1000\n\n", ended.Token);
            await foreach (var message in events.ReadAllAsync(ended.Token))
            {
                await response.Body.WriteAsync(message.ToBytes(), ended.Token);
                await response.Body.FlushAsync(ended.Token);
            }
        }
        catch (OperationCanceledException)
        {
            // The tab closed or the server is stopping.
        }
        catch (IOException)
        {
            // The connection broke mid-write.
        }
        finally
        {
            hub.Disconnect(events);
        }
    }

    private static bool IsLoopbackHost(string host) =>
        host.Length == 0
        || host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || host.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase)
        || System.Net.IPAddress.TryParse(host.Trim('[', ']'), out var address) && System.Net.IPAddress.IsLoopback(address);

    private static Task NotFound(HttpContext context, ServedSite site, bool head) =>
        site.NotFound is { } page
            ? Send(context, StatusCodes.Status404NotFound, page, head)
            : Text(context, StatusCodes.Status404NotFound, "404 Not Found\n", head);

    private static Task Text(HttpContext context, int status, string text, bool head) =>
        Send(context, status, new ServedFile(Encoding.UTF8.GetBytes(text), ContentTypes.For(".txt")), head);

    private static async Task Send(HttpContext context, int status, ServedFile file, bool head)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = file.ContentType;
        response.ContentLength = file.Content.Length;
        if (!head)
        {
            await response.Body.WriteAsync(file.Content, context.RequestAborted);
        }
    }

    private static ServedFile Resource(string name, string contentType)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"PolicySite.Preview.{name}")
            ?? throw new InvalidOperationException($"the preview's {name} is not embedded in the assembly");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return new ServedFile(copy.ToArray(), contentType);
    }
}
