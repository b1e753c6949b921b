using PolicySite.Diagnostics;
using PolicySite.Tests.Site;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Linking;

/// <summary>An event's <c>related</c> parts of the policy: linked from the event, and the policy pages list the event.</summary>
public sealed class EventRelationTests(RealSite site) : IClassFixture<RealSite>
{
    [Fact]
    public void The_event_links_to_the_policy_parts_it_relates_to_and_those_pages_list_it()
    {
        var related = site.Page(RealSite.EventPage).QuerySelectorAll("aside.related a").Select(a => a.GetAttribute("href")).ToList();

        Assert.Contains("/objectives/human-rights/#partnerships", related);
        Assert.Contains("/objectives/democracy/#partnerships", related);
        var back = site.Page("objectives/human-rights/index.html").QuerySelectorAll("aside.related a").Select(a => a.GetAttribute("href"));
        Assert.Contains("/events/partners-under-pressure/", back);
    }

    [Fact]
    public void An_unknown_related_id_is_PS0120_at_its_line_in_the_event_file()
    {
        using var fixture = new SiteFixture().Write("input/events/2018-05-14-x.md", """
            ---
            id: x
            title: X
            start: 2018-05-14T19:00
            end: 2018-05-14T21:00
            time_zone: Europe/Amsterdam
            status: scheduled
            related:
              - "nowhere"
            ---
            Body.
            """);

        var result = fixture.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.CrossReferenceUnknown);
        Assert.Equal((9, 6), (error.Line, error.Column));
    }
}
