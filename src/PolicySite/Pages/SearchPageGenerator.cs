using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Linking;
using PolicySite.Markdown;
using PolicySite.Pages.Model;
using PolicySite.Search;

namespace PolicySite.Pages;

/// <summary>
/// The search page (<c>/search/</c>): where the header's search box leads. With script it reads
/// <c>?q=</c> and shows ranked results (<c>theme/assets/js/search.js</c>); without, it says so and
/// offers the contents and an A–Z index of subjects instead.
/// </summary>
public sealed class SearchPageGenerator : IPageGenerator
{
    public const string Id = "search";

    public IEnumerable<GeneratedPage> Declare(LoadedSite site, IReadOnlyList<ParsedPage> pages, DiagnosticBag diagnostics)
    {
        var priorities = site.Priorities?.Value ?? [];
        var annex = site.Annex?.Value;
        yield return new GeneratedPage(Id, "search", PageRoute.Folder("search/"), PageTitle.FromUi("search_title"), context => Data(context, priorities, annex));
    }

    private static SearchPageData Data(PageDataContext context, IReadOnlyList<PriorityData> priorities, AnnexData? annex)
    {
        var objectives = context.Site.ReadingOrder
            .Select(p => p.Parsed.Source.FrontMatter)
            .OfType<ObjectiveFrontMatter>()
            .Select(o => new SearchObjectiveOption(o.Objective, o.Title))
            .ToList();
        var (letters, groups) = SubjectIndex.Build(context, priorities, annex);
        return new SearchPageData(objectives, letters, groups);
    }
}
