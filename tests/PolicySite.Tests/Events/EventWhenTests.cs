using System.Globalization;
using NodaTime;
using PolicySite.Templates;

namespace PolicySite.Tests.Events;

/// <summary>How an event's date, time and time zone read, in one line.</summary>
public sealed class EventWhenTests
{
    private static readonly DateTimeZone Amsterdam = DateTimeZoneProviders.Tzdb["Europe/Amsterdam"];

    private static DateTimeOffset At(int month, int day, int hour, int offset) => new(2018, month, day, hour, 0, 0, TimeSpan.FromHours(offset));

    [Theory]
    [InlineData("en", "14 May 2018, 19:00–21:00 CEST")]
    [InlineData("nl", "14 mei 2018, 19:00–21:00 MEZT")]
    public void Should_read_as_one_line_in_the_sites_language(string language, string expected)
    {
        var when = DisplayFormats.When(At(5, 14, 19, 2), At(5, 14, 21, 2), Amsterdam, CultureInfo.GetCultureInfo(language));

        Assert.Equal(expected, when.Display);
    }

    [Fact]
    public void Should_name_both_days_of_an_event_that_ends_on_another_day()
    {
        var when = DisplayFormats.When(At(1, 14, 19, 1), At(1, 15, 2, 1), Amsterdam, CultureInfo.GetCultureInfo("en"));

        Assert.Equal("14 January 2018, 19:00 – 15 January 2018, 02:00 CET", when.Display);
    }

    [Fact]
    public void Should_name_the_zone_of_each_end_when_the_clocks_change_during_the_event()
    {
        var when = DisplayFormats.When(At(10, 27, 23, 2), At(10, 28, 4, 1), Amsterdam, CultureInfo.GetCultureInfo("en"));

        Assert.Equal("27 October 2018, 23:00 CEST – 28 October 2018, 04:00 CET", when.Display);
    }

    [Fact]
    public void Should_show_the_UTC_offset_where_the_zone_has_no_abbreviation()
    {
        var istanbul = DateTimeZoneProviders.Tzdb["Europe/Istanbul"];
        var start = new DateTimeOffset(2018, 5, 14, 19, 0, 0, TimeSpan.FromHours(3));

        Assert.Equal("UTC+03:00", DisplayFormats.TimeZone(istanbul, start, CultureInfo.GetCultureInfo("en")));
    }
}
