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

    public VenueData? Venue { get; init; }

    public List<OrganiserData> Organisers { get; init; } = [];

    /// <summary>open, closed or none.</summary>
    public string Registration { get; init; } = "none";

    public string? Summary { get; init; }
}
