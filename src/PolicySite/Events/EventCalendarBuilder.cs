using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using PolicySite.Templates;

namespace PolicySite.Events;

/// <summary>
/// Writes events as iCalendar (RFC 5545) with Ical.Net: one file per event for "Add to calendar",
/// and the site calendar that calendar programs subscribe to. Output depends only on the events
/// and the build's now, so the same input gives the same bytes.
/// </summary>
public sealed class EventCalendarBuilder(SiteUrls urls, DateTimeOffset now, Func<string, string> ui)
{
    private const string ProductId = "-//PolicySite//PolicySite events//EN";

    /// <summary>
    /// Ical.Net reads a zone's history from the date it is given up to the machine's clock, and
    /// throws when that date lies ahead of the clock. A fixed date in the past (or an earlier
    /// event's) keeps every upcoming event working and the output independent of the clock.
    /// </summary>
    private static readonly DateTime ZoneHistoryFrom = new(2000, 1, 1);

    /// <summary>A calendar of <paramref name="events"/>; <paramref name="name"/> names it in programs that subscribe to it.</summary>
    public string Build(IReadOnlyList<PublishedEvent> events, string? name = null)
    {
        var calendar = new Calendar { ProductId = ProductId };
        if (name is not null)
        {
            // NAME is RFC 7986; X-WR-CALNAME is what most programs still read.
            calendar.AddProperty("NAME", name);
            calendar.AddProperty("X-WR-CALNAME", name);
            // How often subscribers should fetch the calendar again, so a cancellation reaches them within a day.
            calendar.AddProperty(new CalendarProperty("REFRESH-INTERVAL", "P1D") { Parameters = { new CalendarParameter("VALUE", "DURATION") } });
            calendar.AddProperty("X-PUBLISHED-TTL", "P1D");
        }

        // One VTIMEZONE per zone the events use: the DTSTART/DTEND with TZID below mean nothing
        // to a calendar program without it.
        foreach (var zone in events.GroupBy(e => e.Details.TimeZoneId, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var earliest = zone.Min(e => e.Details.PreviousStart is { } previous && previous < e.Details.Start ? previous : e.Details.Start).DateTime;
            calendar.AddTimeZone(VTimeZone.FromDateTimeZone(zone.Key, earliest < ZoneHistoryFrom ? earliest : ZoneHistoryFrom, includeHistoricalData: true));
        }

        foreach (var ev in events)
        {
            calendar.Events.Add(Event(ev));
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private CalendarEvent Event(PublishedEvent ev)
    {
        var details = ev.Details;
        var item = new CalendarEvent
        {
            Uid = EventIdentity.Uid(ev.Id, urls),
            DtStamp = new CalDateTime(now.UtcDateTime, "UTC"),
            // Local wall-clock times with the zone's id: calendars then follow the zone's rules,
            // not a fixed offset, and show the time the organisers announced.
            DtStart = new CalDateTime(details.Start.DateTime, details.TimeZoneId),
            DtEnd = new CalDateTime(details.End.DateTime, details.TimeZoneId),
            Summary = EventTitle.WithStatus(ev.Title, ev.Status, ui),
            Status = EventStatusRules.ICalendar(ev.Status),
            Sequence = ev.Matter.Sequence,
            Location = ev.Location,
            Description = Description(ev),
        };
        if (urls.AbsoluteBase is not null)
        {
            // URL must be absolute to mean anything in a file opened outside the site; a site
            // built for a path only has no absolute URL to give.
            item.Url = new Uri(urls.Canonical(ev.Page.Route.Url));
        }
        if (ev.Status == EventStatus.Cancelled)
        {
            // A cancelled event should not make its readers look busy.
            item.Transparency = "TRANSPARENT";
        }
        return item;
    }

    /// <summary>The organisers' notice first, since it is what changed; then what the event is about.</summary>
    private static string? Description(PublishedEvent ev)
    {
        var parts = new[] { ev.Matter.StatusNotice, ev.Description }.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return parts.Count == 0 ? null : string.Join("\n\n", parts);
    }
}
