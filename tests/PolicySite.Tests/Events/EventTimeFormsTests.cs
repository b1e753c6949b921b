using PolicySite.Content;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Events;

/// <summary>The ways an event's start and end may be written, and the forms of <c>publication_date</c>.</summary>
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

    [Theory]
    [InlineData("2023-06", 2023, 6, 1)]
    [InlineData("2023-06-15", 2023, 6, 15)]
    public void A_publication_date_is_a_month_or_a_day(string value, int year, int month, int day)
    {
        Assert.True(LoadContent.TryParsePublicationDate(value, out var date));

        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("2023-6")]
    [InlineData("June 2023")]
    [InlineData("2023-02-30")]
    [InlineData("2023/06")]
    [InlineData("2023-06-15T10:00")]
    public void A_publication_date_in_another_form_or_that_does_not_exist_is_refused(string value)
    {
        Assert.False(LoadContent.TryParsePublicationDate(value, out _));
    }
}
