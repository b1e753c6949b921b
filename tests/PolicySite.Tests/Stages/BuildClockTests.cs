using System.Globalization;
using PolicySite.Pipeline;

namespace PolicySite.Tests.Stages;

public sealed class BuildClockTests
{
    private static readonly DateTimeOffset Clock = new(2030, 6, 1, 8, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("2026-01-01T00:00:00Z")]
    [InlineData("2018-05-14T09:30:00+02:00")]
    [InlineData("2018-05-14T09:30:00.125-05:00")]
    [InlineData("2018-05-14T09:30:00")]
    [InlineData("2018-05-14T09:30Z")]
    [InlineData("2018-05-14")]
    [InlineData("2018-05-14 09:30:00")]
    [InlineData("14 May 2018 09:30 +02:00")]
    public void Now_is_read_as_the_general_parser_reads_it_with_no_offset_meaning_UTC(string now)
    {
        var expected = DateTimeOffset.Parse(now, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);

        Assert.True(BuildClock.TryResolve(now, null, () => Clock, out var result, out var error));

        Assert.Null(error);
        Assert.Equal(expected, result);
        Assert.Equal(expected.Offset, result.Offset);
    }

    [Fact]
    public void A_time_without_an_offset_is_UTC()
    {
        Assert.True(BuildClock.TryResolve("2018-05-14T09:30:00", null, () => Clock, out var result, out _));

        Assert.Equal(new DateTimeOffset(2018, 5, 14, 9, 30, 0, TimeSpan.Zero), result);
    }

    [Fact]
    public void Now_that_is_not_a_date_is_an_error_that_shows_an_example()
    {
        Assert.False(BuildClock.TryResolve("notadate", null, () => Clock, out _, out var error));

        Assert.Contains("'notadate' is not an ISO-8601 date", error);
        Assert.Contains("2018-05-15T12:00:00Z", error);
    }

    [Fact]
    public void Without_now_SOURCE_DATE_EPOCH_counts_seconds_since_1970()
    {
        Assert.True(BuildClock.TryResolve(null, "1526290200", () => Clock, out var result, out _));

        Assert.Equal(new DateTimeOffset(2018, 5, 14, 9, 30, 0, TimeSpan.Zero), result);
    }

    [Fact]
    public void Now_wins_over_SOURCE_DATE_EPOCH_and_the_clock_comes_last()
    {
        Assert.True(BuildClock.TryResolve("2018-05-14", "0", () => Clock, out var fromNow, out _));
        Assert.True(BuildClock.TryResolve(" ", null, () => Clock, out var fromClock, out _));

        Assert.Equal(new DateTimeOffset(2018, 5, 14, 0, 0, 0, TimeSpan.Zero), fromNow);
        Assert.Equal(Clock, fromClock);
    }

    [Fact]
    public void SOURCE_DATE_EPOCH_that_is_not_a_number_is_an_error()
    {
        Assert.False(BuildClock.TryResolve(null, "yesterday", () => Clock, out _, out var error));

        Assert.Contains("SOURCE_DATE_EPOCH 'yesterday'", error);
    }
}
