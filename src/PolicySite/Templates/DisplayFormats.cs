using System.Globalization;
using PolicySite.Content;

namespace PolicySite.Templates;

/// <summary>Dates, times and time zones as readers of the site's language expect them.</summary>
internal static class DisplayFormats
{
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

    public static string Date(DateTimeOffset value, CultureInfo culture) => value.ToString("d MMMM yyyy", culture);

    public static string TimeRange(DateTimeOffset start, DateTimeOffset end) =>
        $"{start.ToString("HH:mm", CultureInfo.InvariantCulture)}–{end.ToString("HH:mm", CultureInfo.InvariantCulture)}";

    /// <summary>
    /// .NET knows no time zone abbreviations, so the common European ones are named here and
    /// every other zone is shown by its UTC offset, which is never wrong.
    /// </summary>
    public static string TimeZone(EventDetails details)
    {
        var daylight = details.TimeZone.IsDaylightSavingTime(details.Start.DateTime);
        var offset = details.Start.Offset;
        return (details.TimeZoneId, offset.TotalHours, daylight) switch
        {
            ("Europe/London" or "Europe/Dublin" or "Europe/Lisbon", 0, false) => "GMT",
            ("Europe/London", 1, true) => "BST",
            (_, 1, false) when details.TimeZoneId.StartsWith("Europe/", StringComparison.Ordinal) => "CET",
            (_, 2, true) when details.TimeZoneId.StartsWith("Europe/", StringComparison.Ordinal) => "CEST",
            _ => "UTC" + (offset < TimeSpan.Zero ? "−" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture),
        };
    }
}
