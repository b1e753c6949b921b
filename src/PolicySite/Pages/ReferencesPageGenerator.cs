using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Linking;
using PolicySite.Markdown;
using PolicySite.Pages.Model;

namespace PolicySite.Pages;

/// <summary>
/// The sources page: each source once, however often it is cited, with every note that cites
/// it. Sources come in the order the document first cites them.
/// </summary>
public sealed class ReferencesPageGenerator : IPageGenerator
{
    public const string Id = "references";

    public IEnumerable<GeneratedPage> Declare(LoadedSite site, IReadOnlyList<ParsedPage> pages, DiagnosticBag diagnostics)
    {
        yield return new GeneratedPage(Id, "references", PageRoute.Folder("references/"), PageTitle.FromUi("references_title"), Data);
    }

    private static ReferencesPageData Data(PageDataContext context)
    {
        var bySource = context.Site.Citations
            .Distinct()
            .GroupBy(c => c.SourceId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(c => c.NoteNumber).ToList(), StringComparer.Ordinal);

        var entries = context.Site.References
            .Select(source =>
            {
                var citations = bySource.GetValueOrDefault(source.Id) ?? [];
                var citedBy = citations
                    .Select(c => new SourceCitation(c.NoteNumber, context.Site.Page(c.PageId)!.Parsed.Source.FrontMatter.Title,
                        context.Urls.Path(context.Site.Page(c.PageId)!.Route.Url) + Anchor(c)))
                    .ToList();
                return new SourceEntry(source.Id, source.Title, source.Kind, source.Publisher, source.Url, source.Language, citedBy);
            })
            .OrderBy(e => e.CitedBy.Count == 0 ? int.MaxValue : e.CitedBy[0].NoteNumber)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
        return new ReferencesPageData(entries);
    }

    /// <summary>Where on its page a citation is: its note, or for one in the running text the section it is in (the page's top before the first heading).</summary>
    private static string Anchor(Citation citation) =>
        citation.InNote ? $"#fn-{citation.NoteNumber}" : citation.SectionId is { } section ? $"#{section}" : "";
}
