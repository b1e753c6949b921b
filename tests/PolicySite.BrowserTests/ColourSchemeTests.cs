using Microsoft.Playwright;
using PolicySite.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace PolicySite.BrowserTests;

/// <summary>Dark mode follows the system until the reader chooses; the choice is remembered; without script nothing changes.</summary>
[Collection(JourneyCollection.Name)]
public sealed class ColourSchemeTests(BrowserFixture browser)
{
    private const string LightBackground = "rgb(255, 255, 255)";
    private const string DarkBackground = "rgb(18, 20, 22)";

    [Fact]
    public async Task Should_Remember_The_Readers_Choice_Across_Pages_And_Visits()
    {
        await using var probe = await browser.OpenAsync(scheme: ColorScheme.Light);
        var page = probe.Page;
        await probe.GoAsync("");
        var toggle = page.Locator("button.scheme-toggle");
        await Expect(toggle).ToBeVisibleAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "false");
        Assert.Equal(LightBackground, await BackgroundAsync(page));

        // When the reader turns dark mode on
        await toggle.ClickAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Equal(DarkBackground, await BackgroundAsync(page));

        // Then the next page is dark too, before and after a reload
        await page.Locator(".objective-cards a").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(probe.Url("objectives/human-rights/"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-color-scheme", "dark");
        await Expect(page.Locator("button.scheme-toggle")).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Equal(DarkBackground, await BackgroundAsync(page));
        await page.ReloadAsync();
        Assert.Equal(DarkBackground, await BackgroundAsync(page));

        // And turning it off again is remembered as well
        await page.Locator("button.scheme-toggle").ClickAsync();
        await probe.GoAsync("notes/");
        await Expect(page.Locator("button.scheme-toggle")).ToHaveAttributeAsync("aria-pressed", "false");
        Assert.Equal(LightBackground, await BackgroundAsync(page));
        Assert.Empty(probe.Problems);
    }

    [Fact]
    public async Task Should_Follow_A_Dark_System_Setting_Until_The_Reader_Chooses_Light()
    {
        await using var probe = await browser.OpenAsync(scheme: ColorScheme.Dark);
        var page = probe.Page;
        await probe.GoAsync("events/partners-under-pressure/");
        var toggle = page.Locator("button.scheme-toggle");
        await Expect(toggle).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Equal(DarkBackground, await BackgroundAsync(page));

        await toggle.ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-color-scheme", "light");
        Assert.Equal(LightBackground, await BackgroundAsync(page));
        Assert.Empty(await Axe.ViolationsAsync(page));
        Assert.Empty(probe.Problems);
    }

    [Fact]
    public async Task Should_Follow_The_System_Setting_And_Offer_No_Toggle_Without_JavaScript()
    {
        await using var probe = await browser.OpenAsync(scheme: ColorScheme.Dark, javaScript: false);
        var page = probe.Page;
        await probe.GoAsync("");
        await Expect(page.Locator("button.scheme-toggle")).ToBeHiddenAsync();
        Assert.Equal(DarkBackground, await BackgroundAsync(page));

        // The page still reads and navigates
        await page.Locator(".objective-cards a").First.ClickAsync();
        await Expect(page).ToHaveURLAsync(probe.Url("objectives/human-rights/"));
        Assert.Empty(probe.Problems);
    }

    private static Task<string> BackgroundAsync(IPage page) =>
        page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor");
}
