namespace PolicySite.Content;

/// <summary>Front matter of <c>input/events/*.md</c>.</summary>
public sealed record EventFrontMatter : IPageFrontMatter
{
    public required string Id { get; init; }

    public required string Title { get; init; }

    /// <summary>Local start, <c>yyyy-MM-ddTHH:mm[:ss]</c>, in <see cref="TimeZone"/>.</summary>
    public required string Start { get; init; }

    /// <summary>Local end, same form as <see cref="Start"/>.</summary>
    public required string End { get; init; }

    /// <summary>IANA time zone, e.g. <c>Europe/Amsterdam</c>.</summary>
    public required string TimeZone { get; init; }

    /// <summary>scheduled, cancelled, postponed or rescheduled.</summary>
    public required string Status { get; init; }

    /// <summary>The organisers' own words about the status, verbatim.</summary>
    public string? StatusNotice { get; init; }

    /// <summary>For a rescheduled event: when it was planned to start before, same form as <see cref="Start"/>.</summary>
    public string? PreviousStart { get; init; }

    /// <summary>
    /// The iCalendar SEQUENCE. Raise it by one whenever the status or the time changes after the
    /// event was published: calendars that subscribed only replace their copy when it grows.
    /// </summary>
    public int Sequence { get; init; }

    public VenueData? Venue { get; init; }

    public List<OrganiserData> Organisers { get; init; } = [];

    /// <summary>open, closed or none.</summary>
    public string Registration { get; init; } = "none";

    public string? Summary { get; init; }

    /// <summary>
    /// Cross-reference ids of the parts of the policy this event relates to; the event links to
    /// them and their pages list the event (<c>Linking/EventRelations</c>).
    /// </summary>
    public List<string> Related { get; init; } = [];

    /// <summary>
    /// Former URL paths of this page (<c>/old/path/</c>): each redirects here, with a 301 where the
    /// host reads <c>_redirects</c> and a page that forwards the reader where it does not. Null
    /// when there are none (so records without aliases compare equal).
    /// </summary>
    public List<string>? Aliases { get; init; }
}
