using PolicySite.Content;

namespace PolicySite.Templates.Model;

/// <summary><c>page.event</c> on an event page: everything already formatted for the site's language.</summary>
public sealed record EventModel(
    string Status,
    string? StatusNotice,
    string DateDisplay,
    string TimeDisplay,
    string TimeZoneDisplay,
    string StartIso,
    string EndIso,
    bool IsPast,
    VenueData? Venue,
    IReadOnlyList<OrganiserData> Organisers,
    string Registration);
