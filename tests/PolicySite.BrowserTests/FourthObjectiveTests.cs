using System.Text.RegularExpressions;
using Microsoft.Playwright;
using PolicySite.BrowserTests.Support;
using static Microsoft.Playwright.Assertions;

namespace PolicySite.BrowserTests;

/// <summary>A theme is data: a fourth objective needs a page and an entry in theme/objectives.yml, no template or CSS.</summary>
[Collection(JourneyCollection.Name)]
public sealed class FourthObjectiveTests(BrowserFixture browser)
{
    private const string FourthTheme = """

        - objective: IV
          accent: { light: "#6a2c8f", dark: "#d9b3ff" }
          tint: { light: "#f4edf8", dark: "#241830" }
          header: underline
          icon: |
            <svg viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2"><circle cx="12" cy="12" r="9"/></svg>
        """;

    [Fact]
    public async Task Should_Theme_A_Fourth_Objective_Everywhere_From_Its_Data_Alone()
    {
        // Given a fourth objective page (a copy of the second's text) and a theme entry for it
        using var site = new TempSite();
        var page = site.Read("input/objectives/02-democracy.md")
            .Replace("id: democracy", "id: fourth-objective", StringComparison.Ordinal)
            .Replace("objective: II", "objective: IV", StringComparison.Ordinal)
            .Replace("title: \"Democracy\"", "title: \"A fourth objective\"", StringComparison.Ordinal)
            .Replace("order: 6", "order: 8", StringComparison.Ordinal);
        site.Edit("input/chapters/05-conclusion.md", "order: 8", "order: 9")
            .Write("input/objectives/04-fourth-objective.md", page)
            .Write("theme/objectives.yml", site.Read("theme/objectives.yml") + FourthTheme);

        // When the site is built and read
        var (result, server) = site.BuildAndServe();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        await using var probe = await browser.OpenAsync(baseUrl: server.BaseUrl);
        await probe.GoAsync("");

        // Then the home page has its card, in its colour
        var card = probe.Page.Locator(".objective-card.objective-theme-iv");
        await Expect(card).ToContainTextAsync("Objective IV");
        Assert.Equal("rgb(106, 44, 143)", await card.EvaluateAsync<string>("e => getComputedStyle(e).borderTopColor"));
        Assert.Equal("rgb(244, 237, 248)", await card.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));

        // And its page wears the theme: body class, header treatment, the breadcrumb's icon
        await card.GetByRole(AriaRole.Link).ClickAsync();
        await Expect(probe.Page).ToHaveURLAsync(probe.Url("objectives/fourth-objective/"));
        await Expect(probe.Page.Locator("body")).ToHaveClassAsync(new Regex(@"\bobjective-theme-iv\b"));
        var header = probe.Page.Locator(".objective-header");
        await Expect(header).ToHaveClassAsync(new Regex(@"\bobjective-header--underline\b"));
        Assert.Equal("rgb(106, 44, 143)", await header.EvaluateAsync<string>("e => getComputedStyle(e).borderBottomColor"));
        await Expect(probe.Page.Locator(".breadcrumb-objective svg.objective-icon")).ToHaveCountAsync(1);
        Assert.Empty(await Axe.ViolationsAsync(probe.Page));

        // And the matrix gives it a column of its own
        await probe.GoAsync("approach/");
        await Expect(probe.Page.Locator("th.matrix-objective")).ToHaveCountAsync(4);
        await Expect(probe.Page.Locator("td.matrix-cell.objective-theme-iv")).ToHaveCountAsync(5);
        Assert.Empty(probe.Problems);
    }
}
