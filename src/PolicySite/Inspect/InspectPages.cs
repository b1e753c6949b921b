using PolicySite.Linking;
using PolicySite.Search;
using PolicySite.Templates;

namespace PolicySite.Inspect;

/// <summary>
/// Between Render and Emit: parses each rendered page once and keeps only what the later stages
/// ask of it (the robots meta for the sitemap, the sections for the search index, the ids and
/// links for validation). Parsing a page is the costliest thing done with it after rendering;
/// three readers parsing it each would triple that. The build reads each page as the render
/// stage finishes it (<see cref="Start"/>); <see cref="Run"/> reads pages rendered earlier.
/// </summary>
public sealed class InspectPages(SearchIndexOptions options)
{
    private readonly ExtractSections _extract = new(options);

    public InspectPages()
        : this(SearchIndexOptions.Default)
    {
    }

    /// <summary>An inspector for one build of <paramref name="site"/>, to be handed each page as it is rendered.</summary>
    public PageInspector Start(LinkedSite site, SiteUrls urls, Func<string, string> ui) =>
        new(_extract, SearchablePage.All(site, urls, ui, options), ui);

    public SiteFacts Run(IReadOnlyList<RenderedPage> rendered, LinkedSite site, SiteUrls urls, Func<string, string> ui)
    {
        var inspector = Start(site, urls, ui);
        Parallel.ForEach(rendered, page => inspector.Inspect(page.OutputPath, page.Html.AsMemory()));
        return inspector.Finish();
    }
}
