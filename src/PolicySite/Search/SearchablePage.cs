using PolicySite.Content;
using PolicySite.Linking;
using PolicySite.Templates;

namespace PolicySite.Search;

/// <summary>
/// A page the index reads, with what the build knows about it and its HTML does not say: its
/// URL, title, place in the document, objective and weight.
/// </summary>
/// <param name="Crumbs">Where the page sits (e.g. <c>IV</c>, <c>Democracy</c>), ending with its title.</param>
/// <param name="CrumbsFromCaption">Put the page header's caption (e.g. "Thematic priority") before the title.</param>
internal sealed record SearchablePage(
    string OutputPath,
    string Url,
    string Title,
    IReadOnlyList<string> Crumbs,
    string? Objective,
    double Weight,
    bool CrumbsFromCaption = false)
{
    /// <summary>The site's pages that search covers, in reading order, then events, then generated pages.</summary>
    public static IReadOnlyList<SearchablePage> All(LinkedSite site, SiteUrls urls, Func<string, string> ui, SearchIndexOptions options)
    {
        var pages = new List<SearchablePage>();
        foreach (var page in site.AllPages)
        {
            var title = page.Parsed.Source.FrontMatter.Title;
            var url = urls.Path(page.Route.Url);
            pages.Add(page.Parsed.Source.FrontMatter switch
            {
                ChapterFrontMatter chapter => new SearchablePage(page.Route.OutputPath, url, title, [chapter.Number, title], null, 1.0),
                ObjectiveFrontMatter objective => new SearchablePage(page.Route.OutputPath, url, title,
                    [ChapterNumber(page.Parent) ?? objective.Objective, title], objective.Objective, 1.0),
                _ when page.Parsed.Source.Kind == PageKind.Event => new SearchablePage(page.Route.OutputPath, url, title, [ui("events"), title], null, 1.0),
                _ => new SearchablePage(page.Route.OutputPath, url, title, [title], null, 1.0),
            });
        }
        foreach (var page in site.Generated)
        {
            if (options.ExcludedLayouts.Contains(page.Layout))
            {
                continue;
            }
            var title = page.Title.Resolve(ui);
            var weight = options.LayoutWeights.GetValueOrDefault(page.Layout, 1.0);
            pages.Add(new SearchablePage(page.Route.OutputPath, urls.Path(page.Route.Url), title, [title], null, weight, CrumbsFromCaption: true));
        }
        return pages;
    }

    private static string? ChapterNumber(LinkedPage? chapter) =>
        chapter?.Parsed.Source.FrontMatter is ChapterFrontMatter front ? front.Number : null;
}
