using Microsoft.Playwright;
using PolicySite.BrowserTests.Support;

namespace PolicySite.BrowserTests;

/// <summary>
/// What readers see, saved for people to look at (TestResults/screenshots/, not committed): the
/// home page, an objective page and the event page at phone and desktop widths, whole pages in
/// light mode and the first screen in dark mode.
/// </summary>
[Collection(JourneyCollection.Name)]
public sealed class ScreenshotTests(BrowserFixture browser)
{
    [Theory]
    [InlineData("home", "")]
    [InlineData("objective", "objectives/democracy/")]
    [InlineData("event", "events/partners-under-pressure/")]
    public async Task Should_Save_Screenshots_At_Phone_And_Desktop_Widths(string name, string url)
    {
        Directory.CreateDirectory(RepositoryPaths.Screenshots);
        foreach (var scheme in new[] { ColorScheme.Light, ColorScheme.Dark })
        {
            await using var probe = await browser.OpenAsync(375, scheme);
            await probe.GoAsync(url);
            foreach (var width in new[] { 375, 1280 })
            {
                await probe.Page.SetViewportSizeAsync(width, width < 600 ? 812 : 900);
                var path = Path.Combine(RepositoryPaths.Screenshots, $"{name}-{width}-{scheme.ToString().ToLowerInvariant()}.png");
                await probe.Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = scheme == ColorScheme.Light });
                Assert.True(new FileInfo(path).Length > 10_000, $"{path} has content");
            }
            Assert.Empty(probe.Problems);
        }
    }
}
