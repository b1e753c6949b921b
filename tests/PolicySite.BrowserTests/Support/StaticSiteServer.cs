using System.Net;
using System.Net.Sockets;
using PolicySite.Publishing;

namespace PolicySite.BrowserTests.Support;

/// <summary>
/// Serves a built site over HTTP on 127.0.0.1, the way static hosting does: <c>/x/</c> is
/// <c>x/index.html</c>, a folder without its slash is redirected, anything else missing gets
/// <c>404.html</c> with status 404. Every response carries the production security headers
/// (<see cref="SecurityHeaders"/>), so the browser enforces the same Content-Security-Policy.
/// </summary>
public sealed class StaticSiteServer : IDisposable
{
    private readonly HttpListener _listener;
    private readonly string _root;
    private readonly Task _loop;

    public StaticSiteServer(string root)
    {
        _root = Path.GetFullPath(root);
        (_listener, Port) = Start();
        BaseUrl = $"http://127.0.0.1:{Port}/";
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string BaseUrl { get; }

    /// <summary>HttpListener cannot bind port 0; a port the system just handed out is free unless another process takes it in between, so try again then.</summary>
    private static (HttpListener, int) Start()
    {
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return (listener, port);
            }
            catch (HttpListenerException) when (attempt < 10)
            {
                listener.Close();
            }
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => Respond(context));
        }
    }

    private void Respond(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            foreach (var header in SecurityHeaders.For(httpsProduction: false))
            {
                response.Headers[header.Name] = header.Value;
            }
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            var file = Resolve(path, out var redirect);
            if (redirect is not null)
            {
                response.StatusCode = 301;
                response.RedirectLocation = redirect;
                return;
            }
            if (file is null)
            {
                response.StatusCode = 404;
                file = Path.Combine(_root, "404.html");
            }
            var bytes = File.ReadAllBytes(file);
            response.ContentType = ContentTypes.Of(file) ?? "application/octet-stream";
            response.ContentLength64 = bytes.Length;
            if (context.Request.HttpMethod != "HEAD")
            {
                response.OutputStream.Write(bytes);
            }
        }
        catch (Exception ex) when (ex is IOException or HttpListenerException or UnauthorizedAccessException)
        {
            // The browser went away mid-response; nothing to tell it.
        }
        finally
        {
            try
            {
                response.Close();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException)
            {
            }
        }
    }

    private string? Resolve(string path, out string? redirect)
    {
        redirect = null;
        var relative = path.TrimStart('/');
        var full = Path.GetFullPath(Path.Combine(_root, relative));
        if (!full.StartsWith(_root, StringComparison.Ordinal))
        {
            return null;
        }
        if (Directory.Exists(full))
        {
            if (!path.EndsWith('/'))
            {
                redirect = path + "/";
                return null;
            }
            full = Path.Combine(full, "index.html");
        }
        return File.Exists(full) ? full : null;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(5));
    }
}
