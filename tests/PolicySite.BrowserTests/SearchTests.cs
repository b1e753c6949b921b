using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PolicySite.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace PolicySite.BrowserTests;

/// <summary>A reader searches from the header on a phone and lands on the right paragraph; a hostile query stays text.</summary>
[Collection(JourneyCollection.Name)]
public sealed class SearchTests(BrowserFixture browser)
{
    [Fact]
    public async Task Should_Search_From_The_Header_On_A_Phone_And_Land_On_The_Section_With_The_Words_Visible()
    {
        await using var probe = await browser.OpenAsync(width: 375);
        var page = probe.Page;
        await probe.GoAsync("chapters/importance/");

        // Given any page, when the reader types a query in the header's search box and presses Enter
        await page.Locator("#site-search-input").FillAsync("Safety for Voices");
        await page.Locator("#site-search-input").PressAsync("Enter");

        // Then the search page lists results, the first one about the programme, with the words marked
        await Expect(page).ToHaveURLAsync(new Regex(@"/search/\?q=Safety"));
        var first = page.Locator("#search-results > li").First;
        await Expect(first).ToBeVisibleAsync();
        await Expect(first.Locator("mark").First).ToBeVisibleAsync();

        // When they open it, they land on the paragraph that deals with it, on the human rights page
        await first.Locator("a").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/objectives/human-rights/#partnerships"));
        var anchor = new Uri(page.Url).Fragment.TrimStart('#');
        var target = page.Locator($"[id='{anchor}']");
        await Expect(target).ToBeInViewportAsync();
        await Expect(target).ToContainTextAsync("Safety for Voices");
        Assert.Empty(probe.Problems);
    }

    [Fact]
    public async Task Should_Show_A_Hostile_Query_As_Text_And_Run_Nothing()
    {
        await using var probe = await browser.OpenAsync();
        var page = probe.Page;
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };

        await probe.GoAsync("search/?q=" + Uri.EscapeDataString("<img src=x onerror=alert(1)>"));

        await Expect(page.Locator("#search-status")).ToContainTextAsync("<img src=x onerror=alert(1)>");
        Assert.Equal(0, await page.Locator("main img").CountAsync());
        Assert.Equal(0, dialogs);
        Assert.DoesNotContain(probe.Problems, p => !p.Contains("/x", StringComparison.Ordinal));
    }
}
