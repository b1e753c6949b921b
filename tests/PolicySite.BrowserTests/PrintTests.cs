using Microsoft.Playwright;
using PolicySite.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace PolicySite.BrowserTests;

/// <summary>On paper: the text and its notes, the addresses of links, where it comes from; no navigation.</summary>
[Collection(JourneyCollection.Name)]
public sealed class PrintTests(BrowserFixture browser)
{
    [Fact]
    public async Task Should_Print_Without_Navigation_With_Link_Addresses_Notes_Last_And_Publication_Details()
    {
        await using var probe = await browser.OpenAsync(scheme: ColorScheme.Dark);
        var page = probe.Page;
        await probe.GoAsync("objectives/democracy/");
        await Expect(page.Locator(".site-nav")).ToBeVisibleAsync();

        await page.EmulateMediaAsync(new PageEmulateMediaOptions { Media = Media.Print });

        foreach (var chrome in new[] { ".skip-link", ".site-nav", ".scheme-toggle", ".breadcrumbs", "nav.contents", ".page-toc", ".section-links", ".pager", ".back-to-top", ".referred-from" })
        {
            foreach (var element in await page.Locator(chrome).AllAsync())
            {
                await Expect(element).ToBeHiddenAsync();
            }
        }
        // Printed light whatever the screen's scheme
        Assert.Equal("rgb(255, 255, 255)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));

        // The address of a link that leaves the site follows its text
        var external = await page.EvaluateAsync<string[]>(
            "() => { const a = document.querySelector('main a[href^=\"http\"]'); return [a.href, getComputedStyle(a, '::after').content]; }");
        Assert.Contains(external[0], external[1]);

        // The notes end the page's text
        Assert.True(await page.EvaluateAsync<bool>(
            """
            () => {
              const notes = document.querySelector('main section.footnotes');
              const top = notes.getBoundingClientRect().top;
              return [...document.querySelectorAll('main *')]
                .filter(e => !notes.contains(e) && !e.contains(notes) && e.getClientRects().length > 0)
                .every(e => e.getBoundingClientRect().bottom <= top + 1);
            }
            """), "nothing in main is printed after the notes");

        // Where the printout comes from: publisher, date and the page's canonical address
        var details = page.Locator(".print-details");
        await Expect(details).ToBeVisibleAsync();
        await Expect(details).ToContainTextAsync("Ministry of Foreign Affairs");
        await Expect(details).ToContainTextAsync("June 2023");
        await Expect(details).ToContainTextAsync(probe.Url("objectives/democracy/"));
        Assert.Empty(probe.Problems);
    }
}
