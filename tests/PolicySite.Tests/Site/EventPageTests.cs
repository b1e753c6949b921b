using System.Text.RegularExpressions;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Site;

/// <summary>
/// The event page of "Partners under Pressure" (14 May 2018, cancelled): what a visitor needs to
/// know at a glance, and whether it is over, which depends on the build's "now", not on the clock.
/// </summary>
public sealed partial class EventPageTests(RealSite site) : IClassFixture<RealSite>
{
    private static readonly DateTimeOffset BeforeTheEvent = new(2018, 5, 1, 0, 0, 0, TimeSpan.Zero);

    private string Text => VisibleText.Of(site.Page(RealSite.EventPage));

    [Fact]
    public void The_event_page_shows_that_the_event_was_cancelled()
    {
        Assert.Matches(Cancelled(), Text);
    }

    [Fact]
    public void The_event_page_shows_the_organisers_cancellation_notice_verbatim()
    {
        // Taken from the scraped calendar page itself, so the test checks the words the organisers wrote.
        var notice = VisibleText.Collapse(SeedText.Lines(SeedText.EventNotice).Single(l => l.StartsWith("On behalf of", StringComparison.Ordinal)));

        Assert.Contains(notice, Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_event_page_shows_the_date_and_the_time()
    {
        Assert.Contains("14 May 2018", Text, StringComparison.Ordinal);
        Assert.Contains("19:00–21:00", Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_event_page_gives_the_venue_as_a_postal_address()
    {
        var address = site.Page(RealSite.EventPage).QuerySelector("main address");

        Assert.NotNull(address);
        var text = VisibleText.Of(address);
        var missing = FidelityTests.VenueParts.Where(part => !text.Contains(part, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"<address> \"{text}\" lacks: {string.Join(", ", missing)}");
    }

    [Fact]
    public void Given_a_now_after_the_event_When_the_site_is_built_Then_the_event_page_says_it_is_past()
    {
        Assert.True(RealSite.Now > new DateTimeOffset(2018, 5, 14, 21, 0, 0, TimeSpan.FromHours(2)));

        Assert.Matches(SaysItIsPast(), Text);
    }

    [Fact]
    public void Given_a_now_before_the_event_When_the_site_is_built_Then_the_event_page_does_not_say_it_is_past()
    {
        using var before = SiteFixture.FromRepository();
        var result = before.Build(now: BeforeTheEvent);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var text = VisibleText.Of(before.Page(RealSite.EventPage));

        Assert.DoesNotMatch(SaysItIsPast(), text);
        Assert.Matches(Cancelled(), text);
    }

    /// <summary>
    /// The ways an English page says an event is over. Chosen so that neither the notice ("supposed
    /// to take place tonight") nor the body text matches.
    /// </summary>
    [GeneratedRegex(@"\b(has ended|is over|is past|has passed|has taken place|took place)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SaysItIsPast();

    /// <summary>The status, not the notice's "cancellation".</summary>
    [GeneratedRegex(@"\bcancell?ed\b", RegexOptions.IgnoreCase)]
    private static partial Regex Cancelled();
}
