using System.Net;
using Microsoft.Playwright;
using PolicySite.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace PolicySite.BrowserTests;

/// <summary>Every page of the site, as served with the production headers.</summary>
[Collection(JourneyCollection.Name)]
public sealed class EveryPageTests(BrowserFixture browser)
{
    [Fact]
    public async Task Should_Show_Every_Page_At_320px_Without_Console_Errors_CSP_Violations_Or_Sideways_Scrolling()
    {
        await using var probe = await browser.OpenAsync(width: 320);
        var page = probe.Page;
        var tooWide = new List<string>();
        var urls = browser.Site.PageUrls();
        Assert.True(urls.Count > 20, "the whole site is visited");
        foreach (var url in urls)
        {
            await probe.GoAsync(url);
            var widest = await page.EvaluateAsync<string?>(
                """
                () => {
                  const root = document.documentElement;
                  if (root.scrollWidth <= root.clientWidth) return null;
                  const clipped = e => { for (let p = e.parentElement; p && p !== document.body; p = p.parentElement) { if (getComputedStyle(p).overflowX !== 'visible') return true; } return false; };
                  const over = [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > root.clientWidth + 0.5 && !clipped(e));
                  return (root.scrollWidth - root.clientWidth) + 'px too wide: ' + over.slice(-3).map(e => e.outerHTML.slice(0, 120)).join(' | ');
                }
                """);
            if (widest is not null)
            {
                tooWide.Add($"/{url}: {widest}");
            }
        }

        Assert.True(tooWide.Count == 0, "pages scroll sideways at 320px:\n" + string.Join("\n", tooWide));
        Assert.True(probe.Problems.Count == 0, string.Join("\n", probe.Problems));
    }

    [Fact]
    public async Task Should_Serve_The_Content_Security_Policy_And_Report_What_It_Blocks()
    {
        await using var probe = await browser.OpenAsync();
        var page = probe.Page;
        var response = await probe.GoAsync("");
        Assert.Equal(Publishing.SecurityHeaders.ContentSecurityPolicy, await response!.HeaderValueAsync("content-security-policy"));

        // An inline script is exactly what the policy forbids: the probe must see it blocked.
        await page.EvaluateAsync("() => { const s = document.createElement('script'); s.textContent = 'window.ranInline = true'; document.body.appendChild(s); }");
        await Expect(page.Locator("body")).ToBeVisibleAsync();
        Assert.False(await page.EvaluateAsync<bool>("() => window.ranInline === true"));
        Assert.Contains(probe.Problems, p => p.Contains("CSP violation", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Should_Answer_An_Unknown_Address_With_The_Not_Found_Page()
    {
        await using var probe = await browser.OpenAsync();
        var response = await probe.GoAsync("no/such/page/");
        Assert.Equal((int)HttpStatusCode.NotFound, response!.Status);
        await Expect(probe.Page.Locator("h1")).ToHaveTextAsync("Page not found");
        await Expect(probe.Page.Locator("nav.contents")).ToBeVisibleAsync();
    }
}
