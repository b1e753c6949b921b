using Microsoft.Playwright;

namespace PolicySite.BrowserTests.Support;

/// <summary>
/// One headless Chromium (Debian's, ../shared/BROWSER.md) per test collection, and the built
/// site it reads. Each test opens its own context, so tests share nothing but the browser.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Without the networking switches Chromium keeps trying to reach hosts that are closed here.</summary>
    private static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public BuiltSite Site { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing; install it with: apt-get update && apt-get install -y chromium");
        }
        Site = BuiltSite.Acquire();
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = Arguments,
        });
    }

    /// <summary>A fresh context (own storage) and page, watched for console errors and CSP violations.</summary>
    /// <param name="width">Viewport width in CSS pixels.</param>
    /// <param name="scheme">The system's colour scheme, as <c>prefers-color-scheme</c> reports it.</param>
    /// <param name="javaScript">Whether scripts run.</param>
    /// <param name="baseUrl">Another served site than the real one (e.g. a <see cref="TempSite"/>).</param>
    public async Task<PageProbe> OpenAsync(int width = 1280, ColorScheme scheme = ColorScheme.Light, bool javaScript = true, string? baseUrl = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
            ColorScheme = scheme,
            JavaScriptEnabled = javaScript,
            ReducedMotion = ReducedMotion.Reduce,
        });
        return await PageProbe.CreateAsync(context, baseUrl ?? Site.Server.BaseUrl);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (Site is not null)
        {
            BuiltSite.Release();
        }
    }
}
