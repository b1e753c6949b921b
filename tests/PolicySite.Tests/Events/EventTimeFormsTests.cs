using PolicySite.Tests.Support;

namespace PolicySite.Tests.Events;

/// <summary>The ways an event's start and end may be written.</summary>
public sealed class EventTimeFormsTests : IDisposable
{
    private readonly SiteFixture _site = new();

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("2030-05-14T19:00", "2030-05-14T21:00")]
    [InlineData("2030-05-14T19:00:00", "2030-05-14T21:00:00")]
    [InlineData("2030-05-14 19:00", "2030-05-14 21:00")]
    [InlineData("2030-05-14 19:00:00", "2030-05-14 21:00:00")]
    public void An_event_time_with_or_without_seconds_and_with_T_or_a_space_is_read_in_its_zone(string start, string end)
    {
        _site.Write("input/events/meeting.md", EventMarkdown.Write(start: start, end: end));

        var result = _site.Build(strict: true, now: new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var calendar = File.ReadAllText(Path.Combine(_site.Output, "events", "calendar.ics"));
        Assert.Contains("DTSTART;TZID=Europe/Amsterdam:20300514T190000\r\n", calendar, StringComparison.Ordinal);
        Assert.Contains("DTEND;TZID=Europe/Amsterdam:20300514T210000\r\n", calendar, StringComparison.Ordinal);
    }
}
