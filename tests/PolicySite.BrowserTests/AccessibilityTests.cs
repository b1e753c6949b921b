using Microsoft.Playwright;
using PolicySite.BrowserTests.Support;

namespace PolicySite.BrowserTests;

/// <summary>Zero axe violations (WCAG 2.0, 2.1, 2.2, A and AA) on every kind of page, at phone and desktop widths.</summary>
public abstract class AccessibilityTests(BrowserFixture browser, ColorScheme scheme)
{
    private static readonly int[] Widths = [375, 1280];

    protected async Task Has_no_axe_violations(string pageType)
    {
        await using var probe = await browser.OpenAsync(Widths[0], scheme);
        await probe.GoAsync(PageTypes.All[pageType]);
        var found = new List<string>();
        foreach (var width in Widths)
        {
            await probe.Page.SetViewportSizeAsync(width, 900);
            found.AddRange((await Axe.ViolationsAsync(probe.Page)).Select(v => $"[{width}px] {v}"));
        }

        Assert.True(found.Count == 0, $"axe found {found.Count} problem(s) on the {pageType} page in {scheme} mode:\n" + string.Join("\n", found));
        Assert.Empty(probe.Problems);
    }
}

[Collection(LightCollection.Name)]
public sealed class LightModeAccessibilityTests(BrowserFixture browser) : AccessibilityTests(browser, ColorScheme.Light)
{
    [Theory]
    [MemberData(nameof(PageTypes.Names), MemberType = typeof(PageTypes))]
    public Task Should_Have_No_Axe_Violations_In_Light_Mode(string pageType) => Has_no_axe_violations(pageType);
}

[Collection(DarkCollection.Name)]
public sealed class DarkModeAccessibilityTests(BrowserFixture browser) : AccessibilityTests(browser, ColorScheme.Dark)
{
    [Theory]
    [MemberData(nameof(PageTypes.Names), MemberType = typeof(PageTypes))]
    public Task Should_Have_No_Axe_Violations_In_Dark_Mode(string pageType) => Has_no_axe_violations(pageType);
}
