using System.Text.RegularExpressions;

namespace PolicySite.Tests.Site;

/// <summary>
/// The site's first promise: every sentence of both seed documents appears in the site, word for
/// word, and the conversion artefacts of the PDF and of the scraped calendar page do not.
/// </summary>
public sealed class FidelityTests(RealSite site) : IClassFixture<RealSite>
{
    /// <summary>
    /// What the PDF conversion added to the policy document. These are the only lines or parts of
    /// lines of <c>004_…</c> that the site need not show; each is documented in DESIGN.md.
    /// </summary>
    public static readonly IReadOnlyList<SeedRule> PolicyDocumentArtefacts =
    [
        new("cover city wall",
            "The cover's decorative wall of embassy cities came out of the PDF as lines of concatenated city names "
            + "(\"ParamariboAnkaraRabat…\"): a picture, not text. It may return only as decoration hidden from assistive technology.",
            @"^\p{L}{30,}$"),
        new("Dutch table of contents heading",
            "The PDF's own table of contents page (\"Inhoudsopgave\"); the site has its own navigation.",
            @"^# Inhoudsopgave$"),
        new("Dutch table of contents entries",
            "Table of contents lines end in a tab and a printed page number, which means nothing on the web.",
            @"^.*\t\d+$"),
        new("page number lines",
            "Printed page numbers that the converter put on lines of their own: \"| 13 |\", \"| 23 |\".",
            @"^\|\s*\d+\s*\|$"),
        new("page number prefixes",
            "Printed page numbers the converter glued to the start of a paragraph: \"15 | Human rights, …\". The rest of the line is content.",
            @"^\d+ \| "),
        new("rules",
            "\"---\" is the separator the PDF drew above the footnotes of a page.",
            @"^-{3,}$"),
    ];

    /// <summary>What the events calendar showed around the notice: its own chrome, not the organisers' text.</summary>
    public static readonly IReadOnlyList<SeedRule> EventNoticeArtefacts =
    [
        new("calendar loading text", "The calendar's \"loading events\" label.", @"^Laden Evenementen$"),
        new("calendar back link", "The calendar's \"all events\" link.", @"^« Alle Evenementen$"),
        new("calendar past notice",
            "The calendar's Dutch \"this event is over\" notice; the site says so in its own words when the build's now is past the event (EventPageTests).",
            @"^•\s*Dit event is voorbij\.$"),
        new("calendar status prefix",
            "The calendar put \"CANCELED\" before the title; the site shows the status itself (EventPageTests) and keeps the title.",
            @"^CANCELED "),
        new("calendar date and time",
            "The calendar's date/time lines (\"14 May 2018 |  19:00 - 21:00\", with no-break spaces around the bar, \"14 May 2018\", \"19:00 - 21:00\"); "
            + "the site shows date and time in its own format (EventPageTests).",
            @"^(14 May 2018(\s*\|\s*19:00 - 21:00)?|19:00 - 21:00)$"),
        new("calendar address line",
            "The calendar's one-line postal address; the site shows the same parts in an <address>, in its own order, and each part is checked separately.",
            @"^Den Haag, Zuid-Holland 2511DP Nederland$"),
    ];

    /// <summary>
    /// The Markdown the converter wrote. The reader sees what it renders to, so it is stripped from
    /// the seed before comparing. Order matters: links before escapes, markers before emphasis.
    /// </summary>
    public static readonly IReadOnlyList<SeedRule> MarkdownSyntax =
    [
        new("note markers",
            "<sup>N</sup> note markers. The site renders them as note references, which the comparison leaves out on the site side too; FootnoteTests checks them.",
            @"<sup>\d+</sup>"),
        new("heading markers", "\"#\" … \"####\" before headings.", @"^#{1,6}\s+"),
        new("list markers", "\"-\" and \"1.\" before list items.", @"^(?:[-*]|\d+\.)\s+"),
        new("links",
            "[text](target): the reader sees the text. This also drops the dead (#) targets the conversion left where a link was lost.",
            @"\[((?:\\.|[^\]\\])*)\]\([^)\s]*\)", "$1"),
        new("autolinks", "<https://…>: the reader sees the URL.", @"<(https?://[^>\s]+)>", "$1"),
        new("emphasis", "* and ** around italic and bold text.", @"\*+"),
        new("escapes",
            "Backslash escapes: \\( and \\) in link texts, and footnote 26's URL, whose underscore the converter escaped twice (\\\\_).",
            @"\\+(?=[()_\[\]])"),
    ];

    /// <summary>Note references carry the note number (and a "Footnote" label for screen readers) where the seed's stripped markers were.</summary>
    private const string NoteReferences = "a[role=doc-noteref]";

    /// <summary>The venue as the calendar gives it, part by part.</summary>
    public static readonly IReadOnlyList<string> VenueParts =
        ["Wijnhaven Complex", "Room 3.46", "Turfmarkt 99", "2511DP", "Den Haag", "Zuid-Holland", "Nederland"];

    [Fact]
    public void Every_sentence_of_the_policy_document_appears_on_the_site()
    {
        AssertEverySentenceAppears(SeedText.Sentences(SeedText.PolicyDocument, [.. PolicyDocumentArtefacts, .. MarkdownSyntax]));
    }

    [Fact]
    public void Every_sentence_of_the_event_notice_appears_on_the_site()
    {
        AssertEverySentenceAppears(SeedText.Sentences(SeedText.EventNotice, [.. EventNoticeArtefacts, .. MarkdownSyntax]));
    }

    [Fact]
    public void Given_the_calendar_address_line_is_skipped_Then_each_part_of_the_venue_appears_on_the_event_page()
    {
        var text = VisibleText.Of(site.Page(RealSite.EventPage));

        var missing = VenueParts.Where(part => !text.Contains(part, StringComparison.Ordinal)).ToList();

        Assert.True(missing.Count == 0, "The event page does not show these parts of the venue: " + string.Join(", ", missing));
    }

    [Fact]
    public void No_page_shows_the_cover_city_wall()
    {
        // DESIGN.md lets the wall return as decoration hidden from assistive technology, so only
        // what is exposed as text counts.
        AssertNoPageText(text => text.Contains("ParamariboAnkara", StringComparison.Ordinal), "the cover's city wall", "[aria-hidden=true]");
    }

    [Fact]
    public void No_page_shows_the_Dutch_table_of_contents()
    {
        AssertNoPageText(text => text.Contains("Inhoudsopgave", StringComparison.Ordinal), "the Dutch table of contents");
    }

    [Fact]
    public void No_page_shows_printed_page_numbers()
    {
        // The PDF's page numbers look like "15 | " before a paragraph and "| 13 |" on a line of their
        // own. A 30-page document's page numbers have at most three digits and are never the end of
        // a range, which keeps real content out of the net: the colophon's "Postbus 20061 | 2500 EB"
        // and the sources page's "…Democracy, 2020-2024 | europa.eu" (title | publisher).
        var pageNumber = new Regex(@"(?<![\d\-–])\b\d{1,3} \||\| \d+ \|");
        var problems = site.Pages
            .Select(p => (p.Key, Text: VisibleText.Of(p.Value)))
            .SelectMany(p => pageNumber.Matches(p.Text).Select(m => $"{p.Key}: …{Around(p.Text, m.Index)}…"))
            .ToList();

        Assert.True(problems.Count == 0, "Printed page numbers on the site:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void No_link_on_the_site_has_a_dead_hash_target()
    {
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(site.Fixture.Output, "*.html", SearchOption.AllDirectories))
        {
            var html = File.ReadAllText(file);
            var name = Path.GetRelativePath(site.Fixture.Output, file);
            if (html.Contains("href=\"#\"", StringComparison.Ordinal))
            {
                problems.Add($"{name}: contains href=\"#\"");
            }
            if (html.Contains("(#)", StringComparison.Ordinal))
            {
                problems.Add($"{name}: contains (#)");
            }
        }
        foreach (var (path, page) in site.Pages)
        {
            problems.AddRange(page.QuerySelectorAll("[href]")
                .Where(e => e.GetAttribute("href")!.Trim() == "#")
                .Select(e => $"{path}: <{e.LocalName}> \"{VisibleText.Of(e)}\" links to #"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private void AssertEverySentenceAppears(IReadOnlyList<SeedSentence> sentences)
    {
        // All pages together: a sentence counts wherever the site chose to put it. Pages are joined
        // with a line break so that no sentence can be "found" across two pages.
        var siteText = string.Join("\n", site.Pages.Values.Select(page => VisibleText.Of(page, NoteReferences)));

        var missing = sentences.Where(s => !siteText.Contains(s.Text, StringComparison.Ordinal)).ToList();

        Assert.True(sentences.Count > 0, "no sentences were read from the seed");
        Assert.True(missing.Count == 0,
            $"{missing.Count} of {sentences.Count} sentences of the seed are not on the site word for word:\n"
            + string.Join("\n", missing));
    }

    private void AssertNoPageText(Func<string, bool> shows, string what, params string[] excluding)
    {
        var pages = site.Pages.Where(p => shows(VisibleText.Of(p.Value, excluding))).Select(p => p.Key).ToList();

        Assert.True(pages.Count == 0, $"These pages show {what}: {string.Join(", ", pages)}");
    }

    private static string Around(string text, int index)
    {
        var start = Math.Max(0, index - 40);
        return text[start..Math.Min(text.Length, index + 40)];
    }
}
