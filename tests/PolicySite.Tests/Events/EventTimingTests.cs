using PolicySite.Tests.Site;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Events;

/// <summary>
/// Past or upcoming follows the build's now (<c>--now</c>), and a page built before the event
/// carries what a script needs to correct it against the reader's clock.
/// </summary>
public sealed class EventTimingTests : IDisposable
{
    private static readonly DateTimeOffset BeforeTheEvent = new(2018, 5, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset AfterTheEvent = new(2018, 5, 14, 19, 1, 0, TimeSpan.Zero);

    private readonly SiteFixture _site = SiteFixture.FromRepository();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Given_a_now_before_the_event_Then_the_list_has_it_as_upcoming_and_the_page_does_not_say_it_has_ended()
    {
        var result = _site.Build(now: BeforeTheEvent);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var list = _site.Page("events/index.html");
        Assert.Single(list.QuerySelectorAll("section[aria-labelledby=upcoming-events] li"));
        Assert.Empty(list.QuerySelectorAll("section[aria-labelledby=past-events]"));
        var page = _site.Page(RealEventSite.EventPage);
        Assert.DoesNotContain("This event has ended.", VisibleText.Of(page), StringComparison.Ordinal);
        Assert.Contains("Cancelled", VisibleText.Of(page), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_a_now_before_the_event_Then_the_page_holds_a_hidden_past_notice_with_the_end_for_the_script()
    {
        _site.Build(now: BeforeTheEvent);

        var notice = _site.Page(RealEventSite.EventPage).QuerySelector("[data-event-end]");

        Assert.NotNull(notice);
        Assert.True(notice.HasAttribute("hidden"));
        Assert.Equal("2018-05-14T21:00:00+02:00", notice.GetAttribute("data-event-end"));
        Assert.Equal("This event has ended.", notice.GetAttribute("data-past-text"));
    }

    [Fact]
    public void Given_a_now_just_after_the_end_Then_the_page_says_the_event_has_ended()
    {
        var result = _site.Build(now: AfterTheEvent);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains("This event has ended.", VisibleText.Of(_site.Page(RealEventSite.EventPage)), StringComparison.Ordinal);
        Assert.Empty(_site.Page(RealEventSite.EventPage).QuerySelectorAll("[data-event-end]"));
        Assert.Single(_site.Page("events/index.html").QuerySelectorAll("section[aria-labelledby=past-events] li"));
    }

    [Fact]
    public void Given_open_registration_Then_it_is_open_before_the_event_and_closed_after_it()
    {
        using var fixture = new SiteFixture();
        fixture.Write("input/events/meeting.md", EventMarkdown.Write(extra: "registration: open\n"));

        fixture.Build(now: new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var before = fixture.Page("events/meeting/index.html").QuerySelector(".event-summary [data-event-end]");
        Assert.NotNull(before);
        Assert.Equal("Registration is open.", before.TextContent);
        Assert.Equal("Registration is closed.", before.GetAttribute("data-past-text"));

        fixture.Build(now: new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.Contains("Registration is closed.", VisibleText.Of(fixture.Page("events/meeting/index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Given_open_registration_for_a_cancelled_event_Then_registration_is_closed()
    {
        using var fixture = new SiteFixture();
        fixture.Write("input/events/meeting.md", EventMarkdown.Write(status: "cancelled", extra: "registration: open\n"));

        fixture.Build(now: new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));

        var text = VisibleText.Of(fixture.Page("events/meeting/index.html"));
        Assert.Contains("Registration is closed.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Registration is open.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Given_the_same_input_and_now_Then_calendars_and_feed_are_byte_identical()
    {
        var first = _site.PathOf("out-1");
        var second = _site.PathOf("out-2");

        _site.Build(output: first, now: AfterTheEvent);
        _site.Build(output: second, now: AfterTheEvent);

        foreach (var file in new[] { "events/calendar.ics", RealEventSite.EventCalendar, "events/feed.xml", RealEventSite.EventPage, "events/index.html" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(first, file)), File.ReadAllBytes(Path.Combine(second, file)));
        }
    }
}
