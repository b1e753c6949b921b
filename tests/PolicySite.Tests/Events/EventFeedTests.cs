using System.Xml.Linq;

namespace PolicySite.Tests.Events;

/// <summary>The Atom feed of events.</summary>
public sealed class EventFeedTests(RealEventSite site) : IClassFixture<RealEventSite>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private XElement Feed => XDocument.Parse(site.Text("events/feed.xml")).Root!;

    [Fact]
    public void Should_be_an_Atom_feed_with_a_title_an_id_and_the_builds_now_as_updated()
    {
        var feed = Feed;

        Assert.Equal(Atom + "feed", feed.Name);
        Assert.Equal("All events – Human Rights – Democracy – the International Legal Order", feed.Element(Atom + "title")!.Value);
        Assert.Equal(RealEventSite.BaseUrl + "events/feed.xml", feed.Element(Atom + "id")!.Value);
        Assert.Equal(RealEventSite.Now, DateTimeOffset.Parse(feed.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self" && (string?)l.Attribute("href") == RealEventSite.BaseUrl + "events/feed.xml");
    }

    [Fact]
    public void Should_have_an_entry_for_the_event_that_says_it_was_cancelled()
    {
        var entry = Assert.Single(Feed.Elements(Atom + "entry"));

        Assert.Equal("Cancelled: Partners under Pressure: The future of civil society in Dutch Human Rights Policy", entry.Element(Atom + "title")!.Value);
        Assert.Equal(RealEventSite.BaseUrl + "events/partners-under-pressure/", entry.Element(Atom + "id")!.Value);
        Assert.Contains(entry.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "alternate" && (string?)l.Attribute("href") == RealEventSite.BaseUrl + "events/partners-under-pressure/");
        Assert.Equal("cancelled", (string?)entry.Element(Atom + "category")!.Attribute("term"));
        Assert.Contains("14 May 2018, 19:00–21:00 CEST", entry.Element(Atom + "summary")!.Value, StringComparison.Ordinal);
        Assert.Equal(["LeidenAsiaCentre", "BASIS, the study association for the BA International Studies, Leiden University"],
            entry.Elements(Atom + "author").Select(a => a.Element(Atom + "name")!.Value));
    }

    [Fact]
    public void Should_link_the_feed_from_the_events_list()
    {
        var link = site.Page("events/index.html").QuerySelectorAll("main a").Single(a => a.GetAttribute("type") == "application/atom+xml");

        Assert.Equal("/policy/events/feed.xml", link.GetAttribute("href"));
    }
}
