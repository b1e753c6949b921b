using System.Globalization;
using NodaTime;
using PolicySite.Content;
using PolicySite.Events;

namespace PolicySite.Templates;

/// <summary>Dates, times and time zones as readers of the site's language expect them.</summary>
internal static class DisplayFormats
{
    /// <summary>
    /// The time zone database names zones in English ("CEST"); Dutch readers know the same zones
    /// by Dutch abbreviations. Zones not listed keep the database's name.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> ZoneNames =
        new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal)
        {
            ["nl"] = new Dictionary<string, string>(StringComparer.Ordinal) { ["CET"] = "MET", ["CEST"] = "MEZT" },
        };

    public static CultureInfo Culture(string language)
    {
        try
        {
            return CultureInfo.GetCultureInfo(language);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    /// <summary>"June 2023" (en), "juni 2023" (nl); with a day, "14 June 2023".</summary>
    public static string PublicationDate(string value, CultureInfo culture)
    {
        LoadContent.TryParsePublicationDate(value, out var date);
        return value.Length > 7 ? date.ToString("d MMMM yyyy", culture) : date.ToString("MMMM yyyy", culture);
    }

    /// <summary>"14 May 2018" (en), "14 mei 2018" (nl), in the offset the value carries (the event's own time zone).</summary>
    public static string Date(DateTimeOffset value, CultureInfo culture) => value.ToString("d MMMM yyyy", culture);

    /// <summary>24-hour clock, as both English and Dutch event notices write it.</summary>
    public static string Time(DateTimeOffset value) => value.ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string TimeRange(DateTimeOffset start, DateTimeOffset end) => $"{Time(start)}–{Time(end)}";

    /// <summary>ISO 8601 with the UTC offset, for <c>&lt;time datetime&gt;</c>, JSON-LD and scripts: "2018-05-14T19:00:00+02:00".</summary>
    public static string Iso(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>The abbreviation of the event's time zone at its start ("CEST").</summary>
    public static string TimeZone(EventDetails details, CultureInfo culture) => TimeZone(details.Zone, details.Start, culture);

    /// <summary>
    /// The zone's abbreviation in force at <paramref name="at"/>. Where the database has no
    /// letters for a zone (it writes "+03"), the UTC offset is shown instead, which is never wrong.
    /// </summary>
    public static string TimeZone(DateTimeZone zone, DateTimeOffset at, CultureInfo culture)
    {
        var name = zone.GetZoneInterval(Instant.FromDateTimeOffset(at)).Name;
        if (name.Length == 0 || name[0] is '+' or '-' || char.IsDigit(name[0]))
        {
            var offset = at.Offset;
            return "UTC" + (offset < TimeSpan.Zero ? "−" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
        }
        return ZoneNames.TryGetValue(culture.TwoLetterISOLanguageName, out var names) && names.TryGetValue(name, out var local) ? local : name;
    }

    /// <summary>
    /// "14 May 2018, 19:00–21:00 CEST". An event that ends on another day names both days; one
    /// that spans a change of the clocks names the zone of each end, since they differ.
    /// </summary>
    public static EventWhen When(DateTimeOffset start, DateTimeOffset end, DateTimeZone zone, CultureInfo culture)
    {
        var startZone = TimeZone(zone, start, culture);
        var endZone = TimeZone(zone, end, culture);
        var sameDay = start.Date == end.Date;
        var startText = $"{Date(start, culture)}, {Time(start)}" + (startZone == endZone ? "" : " " + startZone);
        var endText = sameDay ? Time(end) : $"{Date(end, culture)}, {Time(end)}";
        var separator = sameDay && startZone == endZone ? "–" : " – ";
        return new EventWhen(startText, separator, endText, endZone);
    }

    /// <summary>One moment with its zone, e.g. an event's previous start: "12 May 2018, 19:00 CEST".</summary>
    public static string Moment(DateTimeOffset value, DateTimeZone zone, CultureInfo culture) =>
        $"{Date(value, culture)}, {Time(value)} {TimeZone(zone, value, culture)}";
}
