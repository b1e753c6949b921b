using Ical.Net;
using System.Xml.Linq;
using PolicySite.Tests.Site;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Events;

/// <summary>With <c>language: nl</c> every event string is Dutch, month names included.</summary>
public sealed class DutchEventTests : IDisposable
{
    private readonly SiteFixture _site = SiteFixture.FromRepository();

    public DutchEventTests()
    {
        var config = File.ReadAllText(_site.PathOf("input/site.yml")).Replace("language: en", "language: nl", StringComparison.Ordinal);
        _site.Write("input/site.yml", config);
        var result = _site.Build(now: new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_show_the_date_with_a_Dutch_month_name()
    {
        var text = VisibleText.Of(_site.Page(RealEventSite.EventPage));

        Assert.Contains("14 mei 2018, 19:00–21:00", text, StringComparison.Ordinal);
        Assert.DoesNotContain("14 May 2018", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_show_status_notice_and_registration_in_Dutch()
    {
        var page = _site.Page(RealEventSite.EventPage);
        var text = VisibleText.Of(page);

        Assert.StartsWith("Geannuleerd: Partners under Pressure", page.Title, StringComparison.Ordinal);
        Assert.Contains("Dit event is voorbij.", text, StringComparison.Ordinal);
        Assert.Contains("Aanmelden is gesloten.", text, StringComparison.Ordinal);
        Assert.Contains("Toevoegen aan agenda", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_title_the_list_Alle_evenementen()
    {
        var list = _site.Page("events/index.html");

        Assert.Equal("Alle evenementen", VisibleText.Of(list.QuerySelector("main h1")!));
        Assert.Equal("Afgelopen evenementen", VisibleText.Of(list.QuerySelector("#past-events")!));
        Assert.Equal("Geannuleerd", list.QuerySelector("#past-events ~ ul .tag")!.TextContent);
    }

    [Fact]
    public void Should_write_calendar_and_feed_in_Dutch()
    {
        var item = Assert.Single(Calendar.Load(File.ReadAllText(_site.PathOf("output/" + RealEventSite.EventCalendar)))!.Events);
        var feed = XDocument.Parse(File.ReadAllText(_site.PathOf("output/events/feed.xml"))).Root!;
        XNamespace atom = "http://www.w3.org/2005/Atom";

        Assert.StartsWith("Geannuleerd: ", item.Summary, StringComparison.Ordinal);
        Assert.StartsWith("Alle evenementen – ", feed.Element(atom + "title")!.Value, StringComparison.Ordinal);
        Assert.Equal("nl", (string?)feed.Attribute(XNamespace.Xml + "lang"));
        Assert.Contains("14 mei 2018", feed.Element(atom + "entry")!.Element(atom + "summary")!.Value, StringComparison.Ordinal);
    }
}
