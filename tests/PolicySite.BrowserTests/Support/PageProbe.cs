using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace PolicySite.BrowserTests.Support;

/// <summary>
/// A page under test and what went wrong on it: console errors, uncaught exceptions, failed
/// requests and Content-Security-Policy violations (the page's own <c>securitypolicyviolation</c>
/// events, reported through the console by a script the browser injects, which the policy does not govern).
/// </summary>
public sealed class PageProbe : IAsyncDisposable
{
    private const string CspPrefix = "CSP violation:";

    private readonly ConcurrentQueue<string> _problems = new();

    private PageProbe(IBrowserContext context, IPage page, string baseUrl)
    {
        Context = context;
        Page = page;
        BaseUrl = baseUrl;
    }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>The served site's address, ending in a slash.</summary>
    public string BaseUrl { get; }

    /// <summary>Everything that went wrong since the page was opened.</summary>
    public IReadOnlyList<string> Problems => _problems.ToList();

    public static async Task<PageProbe> CreateAsync(IBrowserContext context, string baseUrl)
    {
        await context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', function (e) {" +
            $" console.error('{CspPrefix} ' + e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber); }});");
        var page = await context.NewPageAsync();
        var probe = new PageProbe(context, page, baseUrl);
        page.Console += (_, message) =>
        {
            // Browsers ask for /favicon.ico by themselves; until the site names an icon (a <link rel="icon">
            // in the head) that request 404s, which is no fault of the page being tested.
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
            {
                probe._problems.Enqueue($"console error on {page.Url}: {message.Text}");
            }
        };
        page.PageError += (_, error) => probe._problems.Enqueue($"uncaught error on {page.Url}: {error}");
        page.RequestFailed += (_, request) => probe._problems.Enqueue($"request failed on {page.Url}: {request.Url} ({request.Failure})");
        page.Response += (_, response) =>
        {
            // The 404 page is served with 404 on purpose; any other error status is a broken asset or link.
            if (response.Status >= 400 && !(response.Status == 404 && response.Request.IsNavigationRequest))
            {
                probe._problems.Enqueue($"HTTP {response.Status} on {page.Url}: {response.Url}");
            }
        };
        return probe;
    }

    /// <summary>The address of a page of the site, by its site-relative URL ("objectives/democracy/").</summary>
    public string Url(string path) => BaseUrl + path.TrimStart('/');

    /// <summary>Opens a page of the site by its site-relative URL and waits until it has loaded.</summary>
    public Task<IResponse?> GoAsync(string path) =>
        Page.GotoAsync(Url(path), new PageGotoOptions { WaitUntil = WaitUntilState.Load });

    public async ValueTask DisposeAsync()
    {
        await Context.CloseAsync();
    }
}
