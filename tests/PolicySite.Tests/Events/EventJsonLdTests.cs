using System.Text.Json;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Events;

/// <summary>The schema.org Event on the event page, as search engines read it.</summary>
public sealed class EventJsonLdTests(RealEventSite site) : IClassFixture<RealEventSite>
{
    private JsonElement Event
    {
        get
        {
            var script = Assert.Single(site.Page(RealEventSite.EventPage).QuerySelectorAll("script[type='application/ld+json']"));
            return JsonDocument.Parse(script.TextContent).RootElement;
        }
    }

    [Fact]
    public void Should_describe_the_event_with_its_name_and_times_with_their_UTC_offset()
    {
        var json = Event;

        Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
        Assert.Equal("Event", json.GetProperty("@type").GetString());
        Assert.Equal("Partners under Pressure: The future of civil society in Dutch Human Rights Policy", json.GetProperty("name").GetString());
        Assert.Equal("2018-05-14T19:00:00+02:00", json.GetProperty("startDate").GetString());
        Assert.Equal("2018-05-14T21:00:00+02:00", json.GetProperty("endDate").GetString());
    }

    [Fact]
    public void Should_say_that_the_event_was_cancelled()
    {
        Assert.Equal("https://schema.org/EventCancelled", Event.GetProperty("eventStatus").GetString());
    }

    [Fact]
    public void Should_place_the_event_at_its_venue_with_a_postal_address()
    {
        var json = Event;
        var location = json.GetProperty("location");
        var address = location.GetProperty("address");

        Assert.Equal("https://schema.org/OfflineEventAttendanceMode", json.GetProperty("eventAttendanceMode").GetString());
        Assert.Equal("Place", location.GetProperty("@type").GetString());
        Assert.Equal("Wijnhaven Complex, Room 3.46", location.GetProperty("name").GetString());
        Assert.Equal("PostalAddress", address.GetProperty("@type").GetString());
        Assert.Equal("Turfmarkt 99", address.GetProperty("streetAddress").GetString());
        Assert.Equal("2511DP", address.GetProperty("postalCode").GetString());
        Assert.Equal("Den Haag", address.GetProperty("addressLocality").GetString());
        Assert.Equal("Zuid-Holland", address.GetProperty("addressRegion").GetString());
        Assert.Equal("Nederland", address.GetProperty("addressCountry").GetString());
    }

    [Fact]
    public void Should_name_both_organisers_and_the_page_url()
    {
        var json = Event;
        var organisers = json.GetProperty("organizer").EnumerateArray().Select(o => o.GetProperty("name").GetString()).ToList();

        Assert.Equal(["LeidenAsiaCentre", "BASIS, the study association for the BA International Studies, Leiden University"], organisers);
        Assert.Equal(RealEventSite.BaseUrl + "events/partners-under-pressure/", json.GetProperty("url").GetString());
        Assert.StartsWith("Civil society space and critical voices are being restricted.", json.GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_keep_a_title_that_closes_the_script_element_inside_the_json()
    {
        using var fixture = new SiteFixture();
        const string title = "Closing </script><script>alert(1)</script> <!-- & more";
        fixture.Write("input/events/meeting.md", EventMarkdown.Write(title: $"'{title}'"));

        var result = fixture.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = File.ReadAllText(fixture.PathOf("output/events/meeting/index.html"));
        var page = fixture.Page("events/meeting/index.html");
        var script = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.Equal(title, JsonDocument.Parse(script.TextContent).RootElement.GetProperty("name").GetString());
        Assert.Contains(@"Closing \u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e \u003c!-- \u0026 more", html, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("script:not([type='application/ld+json']):not([src])"));
    }
}
