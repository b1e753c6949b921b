using AngleSharp.Dom;

namespace PolicySite.Tests.Site;

/// <summary>
/// What every page gives every reader, whatever its kind: a language, one title, a way past the
/// header for keyboard and screen-reader users, landmarks, the colophon of the printed edition,
/// an outline without holes, and markup a strict Content-Security-Policy allows.
/// </summary>
public sealed class PageStructureTests(RealSite site) : IClassFixture<RealSite>
{
    /// <summary>The back page of the printed edition, which every page's footer repeats line by line.</summary>
    public static readonly IReadOnlyList<string> Colophon =
    [
        "This is an edition of:",
        "Ministry of Foreign Affairs",
        "Postbus 20061 | 2500 EB Den Haag",
        "© Ministry of Foreign Affairs | June 2023",
    ];

    /// <summary>What a keyboard user can tab to (the HTML focus order's usual suspects).</summary>
    private const string Focusable =
        "a[href], area[href], button, input, select, textarea, iframe, summary, [tabindex], [contenteditable]";

    [Fact]
    public void The_site_has_a_page_for_every_part_of_the_document_the_event_and_the_home_page()
    {
        // Guards the other tests in this class, which check "every page" and would pass on none.
        var expected = RealSite.ReadingOrder.Append(RealSite.EventPage).Append("index.html");

        var missing = expected.Where(p => !site.Pages.ContainsKey(p)).ToList();

        Assert.True(missing.Count == 0, "missing pages: " + string.Join(", ", missing));
    }

    [Fact]
    public void Every_page_declares_English_as_its_language()
    {
        AssertEveryPage(page => page.DocumentElement.GetAttribute("lang") is "en"
            ? null
            : $"<html lang=\"{page.DocumentElement.GetAttribute("lang")}\">");
    }

    [Fact]
    public void Every_page_has_exactly_one_h1()
    {
        AssertEveryPage(page => page.QuerySelectorAll("h1").Length is var count && count == 1 ? null : $"{count} h1 elements");
    }

    [Fact]
    public void On_every_page_the_first_thing_a_keyboard_user_reaches_is_a_skip_link_to_the_main_content()
    {
        AssertEveryPage(page =>
        {
            var first = page.Body!.QuerySelectorAll(Focusable).FirstOrDefault(IsInTabOrder);
            if (first is null)
            {
                return "nothing is focusable";
            }
            if (first.LocalName != "a" || first.GetAttribute("href") != "#main")
            {
                return $"first focusable element is <{first.LocalName}> \"{VisibleText.Of(first)}\" ({first.GetAttribute("href")}), not a link to #main";
            }
            return VisibleText.Of(first).Length == 0 ? "the skip link has no text" : null;
        });
    }

    [Fact]
    public void Every_page_has_a_header_a_main_landmark_with_id_main_and_a_footer()
    {
        AssertEveryPage(page =>
        {
            var problems = new List<string>();
            if (page.QuerySelector("header") is null)
            {
                problems.Add("no <header>");
            }
            if (page.QuerySelectorAll("main").Length != 1 || page.QuerySelector("main#main") is null)
            {
                problems.Add("not exactly one <main id=\"main\">");
            }
            if (page.QuerySelector("footer") is null)
            {
                problems.Add("no <footer>");
            }
            return problems.Count == 0 ? null : string.Join("; ", problems);
        });
    }

    [Fact]
    public void Every_page_footer_shows_the_colophon_of_the_printed_edition_verbatim()
    {
        AssertEveryPage(page =>
        {
            var footer = string.Join(" ", page.QuerySelectorAll("footer").Select(f => VisibleText.Of(f)));
            var missing = Colophon.Where(line => !footer.Contains(line, StringComparison.Ordinal)).ToList();
            return missing.Count == 0 ? null : "footer lacks: " + string.Join(" / ", missing);
        });
    }

    [Fact]
    public void On_every_page_headings_never_skip_a_level()
    {
        // A screen-reader user navigating by heading level must not find an h3 without its h2.
        AssertEveryPage(page =>
        {
            var previous = 0;
            foreach (var heading in page.QuerySelectorAll("h1, h2, h3, h4, h5, h6"))
            {
                var level = heading.LocalName[1] - '0';
                if (level > previous + 1)
                {
                    return $"h{level} \"{VisibleText.Of(heading)}\" follows " + (previous == 0 ? "no heading" : $"an h{previous}");
                }
                previous = level;
            }
            return null;
        });
    }

    [Fact]
    public void No_page_has_an_inline_script()
    {
        // A strict Content-Security-Policy (script-src 'self') blocks inline scripts. JSON-LD is
        // data, never executed, so the policy does not apply to it.
        AssertEveryPage(page => page.QuerySelectorAll("script:not([src]):not([type='application/ld+json'])").Length is var count && count == 0 ? null : $"{count} inline <script> elements");
    }

    [Fact]
    public void No_page_has_inline_styles()
    {
        // A strict Content-Security-Policy (style-src 'self') blocks style attributes and <style> elements.
        AssertEveryPage(page =>
        {
            var styled = page.QuerySelectorAll("style, [style]").Select(e => e.LocalName == "style" ? "<style>" : $"<{e.LocalName} style>").ToList();
            return styled.Count == 0 ? null : string.Join(", ", styled);
        });
    }

    [Fact]
    public void No_page_uses_an_element_id_twice()
    {
        // A repeated id makes in-page links and aria references land on the wrong element.
        AssertEveryPage(page =>
        {
            var repeated = page.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => $"#{g.Key} ×{g.Count()}").ToList();
            return repeated.Count == 0 ? null : "repeated ids: " + string.Join(", ", repeated);
        });
    }

    private static bool IsInTabOrder(IElement element) =>
        !element.HasAttribute("disabled")
        && !(element.LocalName == "input" && element.GetAttribute("type") == "hidden")
        && !(element.GetAttribute("tabindex")?.TrimStart().StartsWith('-') ?? false);

    /// <summary>Checks every page and reports every page that fails, not just the first.</summary>
    private void AssertEveryPage(Func<IDocument, string?> problemOf)
    {
        var problems = site.Pages
            .Select(p => (p.Key, Problem: problemOf(p.Value)))
            .Where(p => p.Problem is not null)
            .Select(p => $"{p.Key}: {p.Problem}")
            .ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
