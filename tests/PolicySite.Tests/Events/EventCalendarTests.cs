using Ical.Net;

namespace PolicySite.Tests.Events;

/// <summary>The iCalendar files: what readers' calendar programs are told, including that the event was cancelled.</summary>
public sealed class EventCalendarTests(RealEventSite site) : IClassFixture<RealEventSite>
{
    private Calendar Load(string path) => Calendar.Load(site.Text(path)) ?? throw new InvalidOperationException($"{path} is not iCalendar");

    [Fact]
    public void Should_tell_calendars_that_the_event_was_cancelled()
    {
        var calendar = Load(RealEventSite.EventCalendar);

        var item = Assert.Single(calendar.Events);
        Assert.Equal("CANCELLED", item.Status);
        Assert.Equal("TRANSPARENT", item.Transparency);
        Assert.StartsWith("Cancelled: Partners under Pressure", item.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_start_at_17_00_UTC_in_Amsterdam_local_time()
    {
        var calendar = Load(RealEventSite.EventCalendar);

        var item = Assert.Single(calendar.Events);
        Assert.Equal("Europe/Amsterdam", item.DtStart!.TzId);
        Assert.Equal(new DateTime(2018, 5, 14, 17, 0, 0, DateTimeKind.Utc), item.DtStart.AsUtc);
        Assert.Equal(new DateTime(2018, 5, 14, 19, 0, 0, DateTimeKind.Utc), item.DtEnd!.AsUtc);
        Assert.Contains("DTSTART;TZID=Europe/Amsterdam:20180514T190000\r\n", site.Text(RealEventSite.EventCalendar), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_define_the_time_zone_it_refers_to()
    {
        var calendar = Load(RealEventSite.EventCalendar);

        var zone = Assert.Single(calendar.TimeZones);
        Assert.Equal("Europe/Amsterdam", zone.TzId);
    }

    [Fact]
    public void Should_identify_the_event_stably_and_stamp_it_with_the_builds_now()
    {
        var item = Assert.Single(Load(RealEventSite.EventCalendar).Events);

        Assert.Equal("partners-under-pressure@example.org", item.Uid);
        Assert.Equal(RealEventSite.Now.UtcDateTime, item.DtStamp!.AsUtc);
        Assert.Equal(0, item.Sequence);
        Assert.Equal(new Uri(RealEventSite.BaseUrl + "events/partners-under-pressure/"), item.Url);
        Assert.Equal("Wijnhaven Complex, Room 3.46, Turfmarkt 99, 2511DP Den Haag, Zuid-Holland, Nederland", item.Location);
        Assert.StartsWith("On behalf of LeidenAsiaCentre and BASIS", item.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_put_the_event_in_the_site_calendar_that_programs_subscribe_to()
    {
        var calendar = Load("events/calendar.ics");

        var item = Assert.Single(calendar.Events);
        Assert.Equal("partners-under-pressure@example.org", item.Uid);
        Assert.Equal("CANCELLED", item.Status);
        Assert.Single(calendar.TimeZones);
        Assert.Contains("X-WR-CALNAME:Events – Human Rights", site.Text("events/calendar.ics"), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_link_the_site_calendar_from_the_events_list()
    {
        var links = site.Page("events/index.html").QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("/policy/events/calendar.ics", links);
    }
}
