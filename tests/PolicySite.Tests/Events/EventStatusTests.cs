using System.Text.Json;
using Ical.Net;
using PolicySite.Tests.Site;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Events;

/// <summary>Rescheduled and postponed events: the page, the JSON-LD and the calendar agree on what changed.</summary>
public sealed class EventStatusTests : IDisposable
{
    private readonly SiteFixture _site = new();

    public void Dispose() => _site.Dispose();

    private void Build(string markdown)
    {
        _site.Write("input/events/meeting.md", markdown);
        var result = _site.Build(now: new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    private Ical.Net.CalendarComponents.CalendarEvent CalendarEvent() =>
        Assert.Single(Calendar.Load(File.ReadAllText(_site.PathOf("output/events/meeting/meeting.ics")))!.Events);

    private JsonElement JsonLd() =>
        JsonDocument.Parse(_site.Page("events/meeting/index.html").QuerySelector("script[type='application/ld+json']")!.TextContent).RootElement;

    [Fact]
    public void Should_show_a_rescheduled_event_at_its_new_time_with_the_old_one_struck_through()
    {
        Build(EventMarkdown.Write(status: "rescheduled", extra: "previous_start: 2030-05-12T19:00\nsequence: 2\n"));

        var page = _site.Page("events/meeting/index.html");
        var text = VisibleText.Of(page);
        Assert.StartsWith("Rescheduled: Meeting", page.Title, StringComparison.Ordinal);
        Assert.Contains("14 May 2030, 19:00–21:00 CEST", text, StringComparison.Ordinal);
        Assert.Equal("12 May 2030, 19:00 CEST", VisibleText.Of(page.QuerySelector(".event-summary del")!));
    }

    [Fact]
    public void Should_give_a_rescheduled_event_its_previous_start_in_JSON_LD_and_its_sequence_in_the_calendar()
    {
        Build(EventMarkdown.Write(status: "rescheduled", extra: "previous_start: 2030-05-12T19:00\nsequence: 2\n"));

        var json = JsonLd();
        Assert.Equal("https://schema.org/EventRescheduled", json.GetProperty("eventStatus").GetString());
        Assert.Equal("2030-05-12T19:00:00+02:00", json.GetProperty("previousStartDate").GetString());
        var item = CalendarEvent();
        Assert.Equal(2, item.Sequence);
        Assert.Equal("CONFIRMED", item.Status);
        Assert.Equal(new DateTime(2030, 5, 14, 17, 0, 0, DateTimeKind.Utc), item.DtStart!.AsUtc);
    }

    [Fact]
    public void Should_hold_a_postponed_event_loosely_in_calendars()
    {
        Build(EventMarkdown.Write(status: "postponed"));

        Assert.Equal("TENTATIVE", CalendarEvent().Status);
        Assert.Equal("https://schema.org/EventPostponed", JsonLd().GetProperty("eventStatus").GetString());
        Assert.StartsWith("Postponed: Meeting", CalendarEvent().Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_leave_a_scheduled_event_without_a_status_word_and_without_a_banner()
    {
        Build(EventMarkdown.Write());

        var page = _site.Page("events/meeting/index.html");
        Assert.StartsWith("Meeting – ", page.Title, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll(".status-banner"));
        Assert.Equal("CONFIRMED", CalendarEvent().Status);
        Assert.Equal("Meeting", CalendarEvent().Summary);
        Assert.Equal("https://schema.org/EventScheduled", JsonLd().GetProperty("eventStatus").GetString());
    }

    [Fact]
    public void Should_give_events_without_an_absolute_base_url_a_stable_uid_and_no_url()
    {
        Build(EventMarkdown.Write());

        var item = CalendarEvent();
        Assert.Equal("meeting@policysite", item.Uid);
        Assert.Null(item.Url);
    }
}
