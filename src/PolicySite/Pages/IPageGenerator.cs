using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Markdown;

namespace PolicySite.Pages;

/// <summary>Declares generated pages once every source page is parsed.</summary>
public interface IPageGenerator
{
    IEnumerable<GeneratedPage> Declare(LoadedSite site, IReadOnlyList<ParsedPage> pages, DiagnosticBag diagnostics);
}
