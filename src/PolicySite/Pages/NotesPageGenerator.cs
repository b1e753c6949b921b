using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Linking;
using PolicySite.Markdown;
using PolicySite.Markdown.Extensions.Footnotes;
using PolicySite.Pages.Model;
using PolicySite.Templates;

namespace PolicySite.Pages;

/// <summary>The notes page: all of the document's notes in one list, each linking to where it is cited.</summary>
public sealed class NotesPageGenerator : IPageGenerator
{
    public const string Id = "notes";

    public IEnumerable<GeneratedPage> Declare(LoadedSite site, IReadOnlyList<ParsedPage> pages, DiagnosticBag diagnostics)
    {
        yield return new GeneratedPage(Id, "notes", PageRoute.Folder("notes/"), PageTitle.FromUi("notes_title"), Data);
    }

    private static NotesPageData Data(PageDataContext context)
    {
        var notes = new List<NoteEntry>();
        foreach (var page in context.Site.ReadingOrder)
        {
            var title = page.Parsed.Source.FrontMatter.Title;
            var number = page.Parsed.Source.FrontMatter switch
            {
                ChapterFrontMatter chapter => chapter.Number,
                ObjectiveFrontMatter objective => objective.Objective,
                _ => null,
            };
            var pageUrl = context.Urls.Path(page.Route.Url);
            foreach (var footnote in DocumentNotes.Of(page.Parsed.Notes))
            {
                var citedAt = Enumerable.Range(1, footnote.Links.Count)
                    .Select(citation => new NoteCitation(title, number, $"{pageUrl}#{HtmlNoteLinkRenderer.ReferenceId(footnote, citation)}"))
                    .ToList();
                var html = MarkdownHtml.RenderChildren(footnote, MarkdownRenderMode.NoteText);
                notes.Add(new NoteEntry(footnote.Order, new RawHtml(html), $"{pageUrl}#fn-{footnote.Order}", citedAt));
            }
        }
        return new NotesPageData(notes.OrderBy(n => n.Number).ToList());
    }
}
