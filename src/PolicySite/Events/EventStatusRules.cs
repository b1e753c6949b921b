namespace PolicySite.Events;

/// <summary>
/// What an event's status means in each place it is published: the front matter's word, the
/// schema.org <c>eventStatus</c>, the iCalendar <c>STATUS</c>, and whether readers can still register.
/// Kept together so that the page, the JSON-LD, the calendars and the feed never disagree.
/// </summary>
public static class EventStatusRules
{
    private static readonly IReadOnlyDictionary<string, EventStatus> ByName = new Dictionary<string, EventStatus>(StringComparer.Ordinal)
    {
        ["scheduled"] = EventStatus.Scheduled,
        ["cancelled"] = EventStatus.Cancelled,
        ["postponed"] = EventStatus.Postponed,
        ["rescheduled"] = EventStatus.Rescheduled,
    };

    /// <summary>The words <c>status</c> accepts, in the order the README lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["scheduled", "cancelled", "postponed", "rescheduled"];

    /// <summary>The values <c>registration</c> accepts.</summary>
    public static IReadOnlyList<string> RegistrationStates { get; } = ["open", "closed", "none"];

    /// <summary>Exact, lower-case words only: "Cancelled" or "canceled" is a typo to report, not to guess at.</summary>
    public static bool TryParse(string value, out EventStatus status) => ByName.TryGetValue(value, out status);

    /// <summary>The front matter's word for <paramref name="status"/>; also the suffix of its UI string (<c>status_cancelled</c>).</summary>
    public static string Name(EventStatus status) => Names[(int)status];

    public static string SchemaOrg(EventStatus status) => status switch
    {
        EventStatus.Cancelled => "https://schema.org/EventCancelled",
        EventStatus.Postponed => "https://schema.org/EventPostponed",
        EventStatus.Rescheduled => "https://schema.org/EventRescheduled",
        _ => "https://schema.org/EventScheduled",
    };

    /// <summary>
    /// RFC 5545 knows only TENTATIVE, CONFIRMED and CANCELLED. A postponed event has no settled
    /// time, so calendars should hold it loosely; a rescheduled one is confirmed at its new time.
    /// </summary>
    public static string ICalendar(EventStatus status) => status switch
    {
        EventStatus.Cancelled => "CANCELLED",
        EventStatus.Postponed => "TENTATIVE",
        _ => "CONFIRMED",
    };

    /// <summary>Whether the title should carry the status word, so it reads right even where the status is shown nowhere else.</summary>
    public static bool NeedsAttention(EventStatus status) => status != EventStatus.Scheduled;

    /// <summary>
    /// The registration state readers are told: whatever the organisers said, nobody can register
    /// for an event that was cancelled or is over. "none" stays none: there was nothing to register for.
    /// </summary>
    public static string Registration(string declared, EventStatus status, bool isPast) =>
        declared == "none" ? "none"
        : status == EventStatus.Cancelled || isPast ? "closed"
        : declared;
}
