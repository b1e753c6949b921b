using PolicySite.Content;
using PolicySite.Events;

namespace PolicySite.Templates.Model;

/// <summary><c>page.event</c> on an event page: everything already formatted for the site's language.</summary>
public sealed record EventModel
{
    /// <summary>The event's own title; <c>page.title</c> carries the status word in front when the status changed.</summary>
    public required string Title { get; init; }

    /// <summary>scheduled, cancelled, postponed or rescheduled (the suffix of the <c>status_*</c> UI strings).</summary>
    public required string Status { get; init; }

    public string? StatusNotice { get; init; }

    /// <summary>"14 May 2018"</summary>
    public required string DateDisplay { get; init; }

    /// <summary>"19:00–21:00"</summary>
    public required string TimeDisplay { get; init; }

    /// <summary>"CEST" (en), "MEZT" (nl)</summary>
    public required string TimeZoneDisplay { get; init; }

    /// <summary>The parts of "14 May 2018, 19:00–21:00 CEST", so start and end can each be a <c>&lt;time&gt;</c>.</summary>
    public required EventWhen When { get; init; }

    /// <summary>"14 May 2018, 19:00–21:00 CEST"</summary>
    public string WhenDisplay => When.Display;

    /// <summary>"2018-05-14T19:00:00+02:00"</summary>
    public required string StartIso { get; init; }

    public required string EndIso { get; init; }

    /// <summary>Ended by the build's now; the page's script re-checks against the reader's clock.</summary>
    public required bool IsPast { get; init; }

    /// <summary>For a rescheduled event: when it was planned before, "12 May 2018, 19:00 CEST".</summary>
    public string? PreviousStartDisplay { get; init; }

    public string? PreviousStartIso { get; init; }

    public VenueData? Venue { get; init; }

    public IReadOnlyList<OrganiserData> Organisers { get; init; } = [];

    /// <summary>What readers are told: open, closed or none; closed once the event is cancelled or over, whatever the front matter says.</summary>
    public required string Registration { get; init; }

    /// <summary>The event's own <c>.ics</c> ("Add to calendar").</summary>
    public required string CalendarUrl { get; init; }

    /// <summary>The list of all events.</summary>
    public required string ListUrl { get; init; }

    /// <summary>The schema.org Event as a complete <c>&lt;script type="application/ld+json"&gt;</c> element.</summary>
    public required RawHtml JsonLd { get; init; }
}
