using PolicySite.Templates.Model;

namespace PolicySite.Pages.Model;

/// <summary>
/// <c>page.data</c> of the events page: upcoming events soonest first, past events latest first,
/// and the addresses of the site calendar and the feed.
/// </summary>
public sealed record EventsPageData(
    IReadOnlyList<EventListItem> Upcoming,
    IReadOnlyList<EventListItem> Past,
    string CalendarUrl,
    string FeedUrl);
