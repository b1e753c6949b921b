using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Linking;
using PolicySite.Markdown;
using PolicySite.Markdown.Extensions.Footnotes;
using PolicySite.Markdown.Prerendering;
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
        Func<string, CrossReferenceTarget?> crossReference = id => CrossReferenceResolver.Resolve(id, context.Site.Index, context.Urls);
        foreach (var page in context.Site.ReadingOrder)
        {
            var title = page.Parsed.Source.FrontMatter.Title;
            var pageNumber = page.Parsed.Source.FrontMatter switch
            {
                ChapterFrontMatter chapter => chapter.Number,
                ObjectiveFrontMatter objective => objective.Objective,
                _ => null,
            };
            var pageUrl = context.Urls.Path(page.Route.Url);
            if (page.Parsed.PrerenderedNotes is { } prerendered)
            {
                // Rendered when the page was parsed; the document's numbers are the page's plus its offset.
                for (var n = 0; n < prerendered.Notes.Count; n++)
                {
                    var note = prerendered.Notes[n];
                    var html = prerendered.Html(n, page.NoteOffset, crossReference);
                    notes.Add(Entry(note.Order + page.NoteOffset, note.Citations, html));
                }
                continue;
            }
            foreach (var footnote in DocumentNotes.Of(page.Parsed.Notes))
            {
                notes.Add(Entry(footnote.Order, footnote.Links.Count, MarkdownHtml.RenderChildren(footnote, MarkdownRenderMode.NoteText)));
            }

            NoteEntry Entry(int number, int citations, string html) => new(
                number,
                new RawHtml(html),
                $"{pageUrl}#fn-{number}",
                Enumerable.Range(1, citations)
                    .Select(citation => new NoteCitation(title, pageNumber, $"{pageUrl}#{HtmlNoteLinkRenderer.ReferenceId(number, citation)}"))
                    .ToList());
        }
        return new NotesPageData(notes.OrderBy(n => n.Number).ToList());
    }
}
