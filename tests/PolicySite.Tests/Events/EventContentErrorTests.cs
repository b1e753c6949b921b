using PolicySite.Diagnostics;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Events;

/// <summary>
/// Every mistake in an event's front matter is a diagnostic at its file and line, and a broken
/// event is never published. Lines follow <see cref="EventMarkdown"/>: start 4, end 5, time_zone 6, status 7, extras from 8.
/// </summary>
public sealed class EventContentErrorTests : IDisposable
{
    private readonly SiteFixture _site = new();

    public void Dispose() => _site.Dispose();

    private Diagnostic BuildExpectingOne(string markdown, DiagnosticSeverity severity = DiagnosticSeverity.Error)
    {
        _site.Write("input/events/meeting.md", markdown);
        var result = _site.Build(strict: true);
        Assert.False(result.Succeeded);
        // Front matter diagnostics have a line; link warnings about the theme's pages, which a site
        // this small may well have, do not concern these tests.
        var diagnostic = Assert.Single(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning && d.Line > 0);
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal(_site.PathOf("input/events/meeting.md"), diagnostic.File);
        return diagnostic;
    }

    [Fact]
    public void Should_report_PS0501_when_the_event_ends_before_it_starts()
    {
        var diagnostic = BuildExpectingOne(EventMarkdown.Write(start: "2030-05-14T19:00", end: "2030-05-14T18:30"));

        Assert.Equal((DiagnosticCodes.EventEndBeforeStart, 5), (diagnostic.Code, diagnostic.Line));
    }

    [Fact]
    public void Should_report_PS0502_for_a_time_zone_that_is_not_in_the_IANA_database()
    {
        var diagnostic = BuildExpectingOne(EventMarkdown.Write(timeZone: "Europe/Leiden"));

        Assert.Equal((DiagnosticCodes.EventUnknownTimeZone, 6), (diagnostic.Code, diagnostic.Line));
        Assert.Contains("Europe/Leiden", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_PS0012_for_an_unknown_status_and_list_the_known_ones()
    {
        var diagnostic = BuildExpectingOne(EventMarkdown.Write(status: "canceled"));

        Assert.Equal((DiagnosticCodes.YamlInvalidValue, 7), (diagnostic.Code, diagnostic.Line));
        Assert.Contains("scheduled, cancelled, postponed, rescheduled", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2018-02-30T19:00")]
    [InlineData("2018-13-01T19:00")]
    [InlineData("2018-05-14T25:00")]
    [InlineData("14 May 2018")]
    public void Should_report_PS0503_for_a_date_that_does_not_exist_or_cannot_be_read(string start)
    {
        var diagnostic = BuildExpectingOne(EventMarkdown.Write(start: start));

        Assert.Equal((DiagnosticCodes.EventInvalidDate, 4), (diagnostic.Code, diagnostic.Line));
        Assert.Contains(start, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_PS0503_for_a_time_the_clocks_skip_when_summer_time_starts()
    {
        var diagnostic = BuildExpectingOne(EventMarkdown.Write(start: "2030-03-31T02:30", end: "2030-03-31T04:00"));

        Assert.Equal((DiagnosticCodes.EventInvalidDate, 4), (diagnostic.Code, diagnostic.Line));
        Assert.Contains("skip", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_PS0504_at_the_status_of_a_rescheduled_event_without_previous_start()
    {
        var diagnostic = BuildExpectingOne(EventMarkdown.Write(status: "rescheduled"));

        Assert.Equal((DiagnosticCodes.EventRescheduledWithoutPreviousStart, 7), (diagnostic.Code, diagnostic.Line));
        Assert.Contains("previous_start", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_report_PS0503_for_a_previous_start_that_is_not_a_date()
    {
        var diagnostic = BuildExpectingOne(EventMarkdown.Write(status: "rescheduled", extra: "previous_start: 2030-02-30T19:00\n"));

        Assert.Equal((DiagnosticCodes.EventInvalidDate, 8), (diagnostic.Code, diagnostic.Line));
    }

    [Fact]
    public void Should_warn_PS0505_when_an_event_that_was_not_rescheduled_has_a_previous_start()
    {
        var diagnostic = BuildExpectingOne(EventMarkdown.Write(status: "cancelled", extra: "previous_start: 2030-05-12T19:00\n"), DiagnosticSeverity.Warning);

        Assert.Equal((DiagnosticCodes.EventPreviousStartUnused, 8), (diagnostic.Code, diagnostic.Line));
    }

    [Fact]
    public void Should_report_PS0012_for_a_negative_sequence()
    {
        var diagnostic = BuildExpectingOne(EventMarkdown.Write(extra: "sequence: -1\n"));

        Assert.Equal((DiagnosticCodes.YamlInvalidValue, 8), (diagnostic.Code, diagnostic.Line));
    }

    [Fact]
    public void Should_report_PS0012_for_an_unknown_registration_state()
    {
        var diagnostic = BuildExpectingOne(EventMarkdown.Write(extra: "registration: maybe\n"));

        Assert.Equal((DiagnosticCodes.YamlInvalidValue, 8), (diagnostic.Code, diagnostic.Line));
    }
}
