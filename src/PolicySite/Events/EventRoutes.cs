namespace PolicySite.Events;

/// <summary>The site-relative URLs of everything the events publish, in one place so pages and emitters agree.</summary>
public static class EventRoutes
{
    /// <summary>The list of all events.</summary>
    public const string List = "events/";

    /// <summary>The site calendar that calendar programs subscribe to.</summary>
    public const string Calendar = "events/calendar.ics";

    /// <summary>The Atom feed of events.</summary>
    public const string Feed = "events/feed.xml";

    /// <summary>One event's calendar file, beside its page; named after the event so a download keeps a telling name.</summary>
    public static string EventCalendar(string id) => $"events/{id}/{id}.ics";
}
