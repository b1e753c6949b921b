using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PolicySite.Templates;

namespace PolicySite.Events;

/// <summary>
/// The schema.org <c>Event</c> that search engines and assistants read from an event page, as a
/// <c>&lt;script type="application/ld+json"&gt;</c> element. The JSON is data, not script, so the
/// Content-Security-Policy allows it; what must not happen is a value ending the element early.
/// </summary>
public static class EventJsonLd
{
    // The relaxed encoder leaves text readable ("+02:00", "’", "ë" rather than \u escapes); the
    // three characters that could end the element or open a comment in it ("</script>", "<!--")
    // are escaped afterwards. They can only occur inside JSON strings, where \u003c means "<".
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>The JSON-LD text of <paramref name="ev"/>; <paramref name="url"/> is the page's canonical URL.</summary>
    public static string Json(PublishedEvent ev, string url)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "Event");
            json.WriteString("name", ev.Title);
            json.WriteString("startDate", DisplayFormats.Iso(ev.Details.Start));
            json.WriteString("endDate", DisplayFormats.Iso(ev.Details.End));
            if (ev.Details.PreviousStart is { } previous)
            {
                json.WriteString("previousStartDate", DisplayFormats.Iso(previous));
            }
            json.WriteString("eventStatus", EventStatusRules.SchemaOrg(ev.Status));
            WriteLocation(json, ev);
            WriteOrganisers(json, ev);
            if (ev.Description is { } description)
            {
                json.WriteString("description", description);
            }
            json.WriteString("url", url);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray())
            .Replace("<", "\\u003c", StringComparison.Ordinal)
            .Replace(">", "\\u003e", StringComparison.Ordinal)
            .Replace("&", "\\u0026", StringComparison.Ordinal);
    }

    /// <summary>The whole element, ready to be written into a page unescaped.</summary>
    public static RawHtml Element(PublishedEvent ev, string url) =>
        new($"<script type=\"application/ld+json\">{Json(ev, url)}</script>");

    private static void WriteLocation(Utf8JsonWriter json, PublishedEvent ev)
    {
        // Without a venue nothing is known about where or how the event happens, and saying
        // "offline" would be a guess; with one, people attend in person.
        if (ev.Matter.Venue is not { } venue)
        {
            return;
        }
        json.WriteString("eventAttendanceMode", "https://schema.org/OfflineEventAttendanceMode");
        json.WriteStartObject("location");
        json.WriteString("@type", "Place");
        // PostalAddress has no room, so the room goes with the name of the place.
        json.WriteString("name", venue.Room is { Length: > 0 } room ? $"{venue.Name}, {room}" : venue.Name);
        json.WriteStartObject("address");
        json.WriteString("@type", "PostalAddress");
        WriteIfPresent(json, "streetAddress", venue.StreetAddress);
        WriteIfPresent(json, "postalCode", venue.PostalCode);
        WriteIfPresent(json, "addressLocality", venue.Locality);
        WriteIfPresent(json, "addressRegion", venue.Region);
        WriteIfPresent(json, "addressCountry", venue.Country);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteOrganisers(Utf8JsonWriter json, PublishedEvent ev)
    {
        if (ev.Matter.Organisers.Count == 0)
        {
            return;
        }
        json.WriteStartArray("organizer");
        foreach (var organiser in ev.Matter.Organisers)
        {
            json.WriteStartObject();
            json.WriteString("@type", "Organization");
            json.WriteString("name", organiser.Name);
            WriteIfPresent(json, "url", organiser.Url);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteIfPresent(Utf8JsonWriter json, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            json.WriteString(name, value);
        }
    }
}
