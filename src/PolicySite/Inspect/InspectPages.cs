using AngleSharp.Html.Parser;
using PolicySite.Linking;
using PolicySite.Publishing;
using PolicySite.Search;
using PolicySite.Templates;
using PolicySite.Validation;

namespace PolicySite.Inspect;

/// <summary>
/// Between Render and Emit: parses each rendered page once, in parallel, and keeps only what the
/// later stages ask of it (the robots meta for the sitemap, the sections for the search index,
/// the ids and links for validation). Parsing a page is the costliest thing done with it after
/// rendering; three readers parsing it each would triple that.
/// </summary>
public sealed class InspectPages(SearchIndexOptions options)
{
    private readonly ExtractSections _extract = new(options);

    public InspectPages()
        : this(SearchIndexOptions.Default)
    {
    }

    public SiteFacts Run(IReadOnlyList<RenderedPage> rendered, LinkedSite site, SiteUrls urls, Func<string, string> ui)
    {
        var searchable = SearchablePage.All(site, urls, ui, options);
        var searchableByPath = new Dictionary<string, SearchablePage>(StringComparer.Ordinal);
        foreach (var page in searchable)
        {
            // Two pages at one path are an error the build reports (PS0021); the first stands here.
            searchableByPath.TryAdd(page.OutputPath, page);
        }

        var facts = new PageFacts[rendered.Count];
        Parallel.For(0, rendered.Count, () => new HtmlParser(), (i, _, parser) =>
        {
            var page = rendered[i];
            var document = parser.ParseDocument(page.Html);
            facts[i] = new PageFacts(RobotsMeta.IsNoIndex(document), PageLinks.From(document))
            {
                Sections = searchableByPath.TryGetValue(page.OutputPath, out var target) ? _extract.Extract(document, target, ui) : [],
            };
            return parser;
        }, _ => { });

        var byPath = new Dictionary<string, PageFacts>(StringComparer.Ordinal);
        for (var i = 0; i < rendered.Count; i++)
        {
            byPath.TryAdd(rendered[i].OutputPath, facts[i]);
        }
        // The index lists sections in the order of the searchable pages, so it is the same on every build.
        var sections = searchable
            .DistinctBy(p => p.OutputPath, StringComparer.Ordinal)
            .SelectMany(p => byPath.TryGetValue(p.OutputPath, out var f) ? f.Sections : [])
            .ToList();
        return new SiteFacts(byPath, sections);
    }
}
