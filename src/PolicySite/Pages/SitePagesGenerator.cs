using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Linking;
using PolicySite.Markdown;

namespace PolicySite.Pages;

/// <summary>The pages every site has: home and the 404 page.</summary>
public sealed class SitePagesGenerator : IPageGenerator
{
    public IEnumerable<GeneratedPage> Declare(LoadedSite site, IReadOnlyList<ParsedPage> pages, DiagnosticBag diagnostics)
    {
        yield return new GeneratedPage("home", "home", PageRoute.Home, new PageTitle(site.Config.Title), _ => null);
        yield return new GeneratedPage("404", "404", PageRoute.NotFound, PageTitle.FromUi("not_found_title"), _ => null);
    }
}
