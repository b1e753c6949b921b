using PolicySite.Tests.Site;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Events;

/// <summary>The list of all events at <c>events/</c>.</summary>
public sealed class EventsListPageTests(RealEventSite site) : IClassFixture<RealEventSite>
{
    [Fact]
    public void Should_be_titled_All_events()
    {
        var page = site.Page("events/index.html");

        Assert.Equal("All events", VisibleText.Of(page.QuerySelector("main h1")!));
    }

    [Fact]
    public void Should_list_the_2018_event_as_past_with_date_status_badge_and_venue()
    {
        var page = site.Page("events/index.html");

        var item = Assert.Single(page.QuerySelectorAll("section[aria-labelledby=past-events] li"));
        var text = VisibleText.Of(item);
        Assert.Contains("Partners under Pressure", text, StringComparison.Ordinal);
        Assert.Contains("14 May 2018", text, StringComparison.Ordinal);
        Assert.Contains("Wijnhaven Complex", text, StringComparison.Ordinal);
        Assert.Equal("Cancelled", item.QuerySelector(".tag")!.TextContent);
        Assert.Equal("/policy/events/partners-under-pressure/", item.QuerySelector("a")!.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll("section[aria-labelledby=upcoming-events] li"));
    }

    [Fact]
    public void Should_list_upcoming_events_soonest_first_and_past_events_latest_first()
    {
        using var fixture = new SiteFixture();
        fixture.Write("input/events/a.md", EventMarkdown.Write(id: "past-early", start: "2019-01-10T10:00", end: "2019-01-10T12:00"));
        fixture.Write("input/events/b.md", EventMarkdown.Write(id: "past-late", start: "2019-06-10T10:00", end: "2019-06-10T12:00"));
        fixture.Write("input/events/c.md", EventMarkdown.Write(id: "next-late", start: "2031-06-10T10:00", end: "2031-06-10T12:00"));
        fixture.Write("input/events/d.md", EventMarkdown.Write(id: "next-early", start: "2030-01-10T10:00", end: "2030-01-10T12:00"));

        var result = fixture.Build(now: new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = fixture.Page("events/index.html");
        string[] Ids(string section) => page.QuerySelectorAll($"section[aria-labelledby={section}] li h3 a")
            .Select(a => a.GetAttribute("href")!.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1]).ToArray();
        Assert.Equal(["next-early", "next-late"], Ids("upcoming-events"));
        Assert.Equal(["past-late", "past-early"], Ids("past-events"));
    }
}
