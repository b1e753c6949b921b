using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PolicySite.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace PolicySite.BrowserTests;

/// <summary>What a reader does: follow the spine from the home page, and read with the keyboard alone.</summary>
[Collection(JourneyCollection.Name)]
public sealed class ReaderJourneyTests(BrowserFixture browser)
{
    [Fact]
    public async Task Should_Lead_From_The_Home_Page_To_An_Objective_An_Approach_Section_And_The_Same_Section_Under_Another_Objective()
    {
        await using var probe = await browser.OpenAsync();
        var page = probe.Page;
        await probe.GoAsync("");

        // Given the home page, when the reader follows the card of the first objective
        await page.Locator(".objective-cards").GetByRole(AriaRole.Link, new() { Name = "Objective I Human rights" }).ClickAsync();

        // Then they are on its page, in its theme
        await Expect(page).ToHaveURLAsync(probe.Url("objectives/human-rights/"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Human rights");
        await Expect(page.Locator("body")).ToHaveClassAsync(new Regex(@"\bobjective-theme-i\b"));

        // When they open the second part of the approach from the page's own contents
        await page.Locator(".page-toc").GetByRole(AriaRole.Link, new() { Name = "2 A dialogue of equals on the basis of a broad relationship" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(probe.Url("objectives/human-rights/#dialogue"));
        await Expect(page.Locator("#dialogue")).ToBeInViewportAsync();

        // And follow the same part under the second objective
        await page.Locator("#dialogue + .section-links").GetByRole(AriaRole.Link, new() { Name = "Democracy", Exact = true }).ClickAsync();

        // Then they land on that section, in the second objective's theme
        await Expect(page).ToHaveURLAsync(probe.Url("objectives/democracy/#dialogue"));
        await Expect(page.Locator("#dialogue")).ToBeInViewportAsync();
        await Expect(page.Locator("#dialogue")).ToContainTextAsync("A dialogue of equals");
        await Expect(page.Locator("body")).ToHaveClassAsync(new Regex(@"\bobjective-theme-ii\b"));
        Assert.Empty(probe.Problems);
    }

    [Fact]
    public async Task Should_Let_A_Keyboard_User_Skip_To_The_Content_Use_The_Contents_And_Preview_A_Footnote()
    {
        await using var probe = await browser.OpenAsync();
        var page = probe.Page;
        await probe.GoAsync("");

        // The first Tab reaches the skip link, which shows itself
        await page.Keyboard.PressAsync("Tab");
        var skip = page.Locator(".skip-link");
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeInViewportAsync();
        var box = await skip.BoundingBoxAsync();
        Assert.True(box is { Width: > 50, Height: > 20 }, "the focused skip link is visible");

        // Enter skips the header: the next Tab lands inside main
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(probe.Url("#main"));
        await page.Keyboard.PressAsync("Tab");
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('main').contains(document.activeElement)"),
            "after the skip link, Tab continues inside main");

        // Tab on to the document's contents; Enter opens Chapter I
        await TabUntilAsync(page, "nav.contents a");
        await Expect(page.Locator(":focus")).ToContainTextAsync("The importance of human rights");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(probe.Url("chapters/importance/"));
        await Expect(page.Locator("nav.contents a[aria-current='page']")).ToContainTextAsync("The importance of human rights");

        // Focusing a note reference shows the note beside it, without leaving the text
        await TabUntilAsync(page, "a.footnote-ref");
        var reference = page.Locator(":focus");
        var noteId = (await reference.GetAttributeAsync("href"))!.TrimStart('#');
        var noteText = (await page.Locator($"[id='{noteId}'] p").First.InnerTextAsync()).Trim();
        var preview = page.Locator("#footnote-preview");
        await Expect(preview).ToBeVisibleAsync();
        await Expect(preview).ToContainTextAsync(noteText[..Math.Min(60, noteText.Length)]);
        await Expect(reference).ToHaveAttributeAsync("aria-describedby", "footnote-preview");

        // Escape closes it and leaves the focus where it was
        await page.Keyboard.PressAsync("Escape");
        await Expect(preview).ToHaveCountAsync(0);
        await Expect(reference).ToBeFocusedAsync();
        await Expect(page).ToHaveURLAsync(probe.Url("chapters/importance/"));
        Assert.Empty(probe.Problems);
    }

    [Fact]
    public async Task Should_Take_The_Reader_Back_To_The_Top()
    {
        await using var probe = await browser.OpenAsync(width: 375);
        var page = probe.Page;
        await probe.GoAsync("objectives/democracy/");
        var back = page.Locator(".back-to-top a");
        await back.ScrollIntoViewIfNeededAsync();
        await back.ClickAsync();
        await Expect(page.Locator(".site-header")).ToBeInViewportAsync();
        Assert.Equal(0, await page.EvaluateAsync<double>("() => window.scrollY"));
        Assert.Empty(probe.Problems);
    }

    /// <summary>Presses Tab until the focused element matches <paramref name="selector"/>, as a keyboard user would.</summary>
    private static async Task TabUntilAsync(IPage page, string selector, int limit = 100)
    {
        for (var i = 0; i < limit; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
            {
                return;
            }
        }
        Assert.Fail($"{limit} presses of Tab did not reach {selector}");
    }
}
