using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PolicySite.Html;
using PolicySite.Search;
using PolicySite.Tests.Publishing;

namespace PolicySite.Tests.Html;

/// <summary>Search's selectors match the elements of the build's own reader exactly as a browser's selector engine (AngleSharp's) matches them.</summary>
public sealed class ElementSelectorTests(PublishedSite site) : IClassFixture<PublishedSite>
{
    private static readonly string[] Extra =
    [
        ".page-header .caption", "main h2", "body > main", "ol.notes-list > li[id]:last-child", "li:first-child", "*[id]",
        "td:last-child", "a[href='#main']", "nav ul > li a", "#main p", "p, h2[id]", "[aria-current=page]",
    ];

    public static TheoryData<string> Selectors()
    {
        var options = SearchIndexOptions.Default;
        var all = new TheoryData<string>();
        foreach (var selector in options.Ignore
            .Concat(options.Items.Select(i => i.Selector))
            .Concat(options.Items.Select(i => i.HeadingSelector).OfType<string>())
            .Concat(Extra))
        {
            all.Add(selector);
        }
        return all;
    }

    [Theory]
    [MemberData(nameof(Selectors))]
    public void A_selector_matches_the_same_elements_of_every_page_as_a_browser_engine(string selector)
    {
        var ours = new ElementSelector(selector);
        var matched = 0;
        foreach (var (expected, actual) in ElementPairs())
        {
            Assert.True(expected.Matches(selector) == ours.Matches(actual), $"{selector} on {expected.OuterHtml[..Math.Min(120, expected.OuterHtml.Length)]}");
            matched += ours.Matches(actual) ? 1 : 0;
        }
        Assert.True(matched > 0 || Unused.Contains(selector), $"{selector} matched nothing on the policy site, so this test says nothing about it");
    }

    [Fact]
    public void A_set_of_selectors_matches_an_element_when_any_of_them_does()
    {
        var selectors = SearchIndexOptions.Default.Ignore.Concat(Extra).ToArray();
        var set = new ElementSelectorSet(selectors);
        foreach (var (expected, actual) in ElementPairs())
        {
            Assert.Equal(selectors.Any(expected.Matches), set.MatchesAny(actual));
        }
    }

    [Theory]
    [InlineData("p:not(.x)")]
    [InlineData("h2 + p")]
    [InlineData("h2 ~ p")]
    [InlineData("a[href^='http']")]
    [InlineData("p::before")]
    [InlineData("main >")]
    [InlineData("")]
    public void A_selector_the_reader_cannot_match_is_refused_when_made(string selector)
    {
        var refused = Assert.Throws<ArgumentException>(() => new ElementSelector(selector));
        Assert.Contains(selector, refused.Message, StringComparison.Ordinal);
    }

    /// <summary>Selectors of the defaults for markup the policy site does not have (forms inside main, templates).</summary>
    private static readonly HashSet<string> Unused = ["[data-search-ignore]", "template", "noscript", "style", "aside", ".event-past", ".excerpt > figcaption"];

    /// <summary>Parsing every page twice per selector would make this class the slowest of the suite; the pairs are read once per built site.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PublishedSite, List<(IElement, HtmlTreeElement)>> Pairs = new();

    private List<(IElement Expected, HtmlTreeElement Actual)> ElementPairs() => Pairs.GetValue(site, ReadPairs);

    private static List<(IElement Expected, HtmlTreeElement Actual)> ReadPairs(PublishedSite site) => PairsOf(site).ToList();

    private static IEnumerable<(IElement Expected, HtmlTreeElement Actual)> PairsOf(PublishedSite site)
    {
        foreach (var path in site.Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)))
        {
            var html = site.Text(path);
            var expected = new HtmlParser().ParseDocument(html).Body!.Descendants<IElement>().ToList();
            var actual = HtmlTreeReader.Read(html).Body!.Descendants().ToList();
            Assert.Equal(expected.Count, actual.Count);
            for (var i = 0; i < expected.Count; i++)
            {
                yield return (expected[i], actual[i]);
            }
        }
    }
}
