using System.Net;
using PolicySite.Cli.Internal.Preview;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Preview;

/// <summary>
/// A running preview of a <see cref="SiteFixture"/> on 127.0.0.1 and a free port, with an HTTP
/// client for it and the terminal's lines. Disposing stops the server (and deletes nothing:
/// the fixture belongs to the caller).
/// </summary>
public sealed class PreviewHost : IAsyncDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private readonly StringWriter _terminal = new();

    private PreviewHost(SiteFixture site) => Site = site;

    public SiteFixture Site { get; }

    internal PreviewServer Server { get; private set; } = null!;

    public HttpClient Http { get; private set; } = null!;

    public Uri Url => Server.Url;

    /// <summary>What the preview printed so far.</summary>
    public string Terminal
    {
        get
        {
            lock (_terminal)
            {
                return _terminal.ToString();
            }
        }
    }

    public static async Task<PreviewHost> StartAsync(SiteFixture site, string? baseUrl = null, bool strict = false)
    {
        var host = new PreviewHost(site);
        var options = new PreviewOptions
        {
            Build = site.Options(strict: strict, baseUrl: baseUrl, now: Now),
            Address = IPAddress.Loopback,
            Port = 0,
            WorkingDirectory = site.Root,
        };
        host.Server = await PreviewServer.StartAsync(options, new PreviewLog(TextWriter.Synchronized(host._terminal)), CancellationToken.None);
        host.Http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false })
        {
            BaseAddress = host.Server.Url,
            Timeout = TimeSpan.FromSeconds(10),
        };
        return host;
    }

    /// <summary>Opens the live-reload event stream, as a page does, and waits until the server has greeted it.</summary>
    public async Task<EventStream> OpenEventsAsync()
    {
        var stream = await EventStream.OpenAsync(Http, "/__policysite/events");
        await stream.NextAsync("hello");
        return stream;
    }

    public async ValueTask DisposeAsync()
    {
        Http?.Dispose();
        if (Server is not null)
        {
            await Server.DisposeAsync();
        }
    }
}
