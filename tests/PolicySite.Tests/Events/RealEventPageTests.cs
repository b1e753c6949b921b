using PolicySite.Tests.Site;

namespace PolicySite.Tests.Events;

/// <summary>The page of "Partners under Pressure", cancelled on the day: the status comes first and everywhere.</summary>
public sealed class RealEventPageTests(RealEventSite site) : IClassFixture<RealEventSite>
{
    [Fact]
    public void Should_say_Cancelled_in_the_banner()
    {
        var banner = site.Page(RealEventSite.EventPage).QuerySelector("main .status-banner");

        Assert.NotNull(banner);
        Assert.Contains("Cancelled", VisibleText.Of(banner), StringComparison.Ordinal);
        Assert.Contains("status-cancelled", banner.ClassList);
    }

    [Fact]
    public void Should_put_the_status_word_first_in_the_page_title_and_the_heading()
    {
        var page = site.Page(RealEventSite.EventPage);

        Assert.StartsWith("Cancelled: Partners under Pressure", page.Title, StringComparison.Ordinal);
        Assert.StartsWith("Cancelled: Partners under Pressure", VisibleText.Of(page.QuerySelector("main h1")!), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_show_date_time_and_time_zone_in_one_line()
    {
        var text = VisibleText.Of(site.Page(RealEventSite.EventPage));

        Assert.Contains("14 May 2018, 19:00–21:00 CEST", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_mark_start_and_end_up_as_times_with_their_offset()
    {
        var times = site.Page(RealEventSite.EventPage).QuerySelectorAll(".event-summary time").Select(t => t.GetAttribute("datetime")).ToList();

        Assert.Equal(["2018-05-14T19:00:00+02:00", "2018-05-14T21:00:00+02:00"], times);
    }

    [Fact]
    public void Should_give_the_venue_in_an_address_element()
    {
        var address = site.Page(RealEventSite.EventPage).QuerySelector("main address");

        Assert.NotNull(address);
        Assert.Equal("Wijnhaven Complex Room 3.46 Turfmarkt 99 2511DP Den Haag Zuid-Holland Nederland", VisibleText.Of(address));
    }

    [Fact]
    public void Should_say_that_registration_is_closed_although_the_text_asks_readers_to_register()
    {
        var text = VisibleText.Of(site.Page(RealEventSite.EventPage));

        Assert.Contains("Please register through the form below!", text, StringComparison.Ordinal);
        Assert.Contains("Registration is closed.", text, StringComparison.Ordinal);
        // The site never collects data: no form in the page's content (the header's search box is not one that collects).
        Assert.Empty(site.Page(RealEventSite.EventPage).QuerySelectorAll("main form, main input"));
    }

    [Fact]
    public void Should_link_Add_to_calendar_to_the_events_own_ics_file()
    {
        var link = site.Page(RealEventSite.EventPage).QuerySelectorAll("main a").Single(a => a.TextContent == "Add to calendar");

        Assert.Equal("/policy/" + RealEventSite.EventCalendar, link.GetAttribute("href"));
        Assert.True(site.Exists(RealEventSite.EventCalendar));
    }

    [Fact]
    public void Should_say_that_the_event_has_ended_when_built_after_it()
    {
        var notice = site.Page(RealEventSite.EventPage).QuerySelector(".event-past");

        Assert.NotNull(notice);
        Assert.False(notice.HasAttribute("hidden"));
        Assert.Equal("This event has ended.", VisibleText.Of(notice));
    }

    [Fact]
    public void Should_point_the_navigation_and_the_breadcrumb_at_the_events_list()
    {
        var page = site.Page(RealEventSite.EventPage);

        Assert.Equal("/policy/events/", page.QuerySelectorAll(".site-nav a").Single(a => a.TextContent == "Events").GetAttribute("href"));
        Assert.Equal("/policy/events/", page.QuerySelectorAll(".breadcrumbs a").Single(a => a.TextContent == "Events").GetAttribute("href"));
    }

    [Fact]
    public void Should_announce_the_events_feed_in_the_head_of_every_page()
    {
        foreach (var path in new[] { "index.html", RealEventSite.EventPage, "events/index.html" })
        {
            var link = site.Page(path).QuerySelector("head link[rel=alternate][type='application/atom+xml']");
            Assert.NotNull(link);
            Assert.Equal("/policy/events/feed.xml", link.GetAttribute("href"));
        }
    }
}
