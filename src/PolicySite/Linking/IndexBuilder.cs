using Markdig.Extensions.Footnotes;
using PolicySite.Pages;

namespace PolicySite.Linking;

/// <summary>Builds the site index once per build, from every routed page and every generated page.</summary>
internal static class IndexBuilder
{
    public static SiteIndex Build(
        IEnumerable<LinkedPage> pages,
        IReadOnlyDictionary<string, IReadOnlyList<(string Id, string SectionId, int Number)>> paragraphs,
        IEnumerable<GeneratedPage> generated,
        Func<string, string> ui)
    {
        var index = new SiteIndex();
        foreach (var page in pages)
        {
            var title = page.Parsed.Source.FrontMatter.Title;
            index.Add(page.Id, new IndexTarget(page.Id, title, page.Route.Url, page.Id));

            foreach (var heading in page.Parsed.Headings)
            {
                var target = new IndexTarget($"{page.Id}#{heading.Id}", heading.Title, $"{page.Route.Url}#{heading.Id}", page.Id);
                index.Add(target.Id, target);
                index.Add(heading.Id, target);
            }

            // A heading id used twice is reported by validation (PS0303); here the first one names the section.
            var headingTitles = page.Parsed.Headings.DistinctBy(h => h.Id).ToDictionary(h => h.Id, h => h.Title, StringComparer.Ordinal);
            foreach (var (id, section, number) in paragraphs.GetValueOrDefault(page.Id) ?? [])
            {
                var sectionTitle = headingTitles.GetValueOrDefault(section) ?? title;
                var target = new IndexTarget($"{page.Id}#{id}", $"{sectionTitle}, ¶ {number}", $"{page.Route.Url}#{id}", page.Id);
                index.Add(target.Id, target);
            }

            // Only the document's notes have document-wide numbers; an event's notes are its own.
            if (page.Parsed.Source.Order is null)
            {
                continue;
            }
            foreach (var note in page.Parsed.Ast.OfType<FootnoteGroup>().SelectMany(g => g.OfType<Footnote>()))
            {
                var id = $"note-{note.Order}";
                var target = new IndexTarget(id, $"{ui("note")} {note.Order}", $"{page.Route.Url}#fn-{note.Order}", page.Id);
                index.Add(id, target);
            }
        }

        foreach (var page in generated)
        {
            index.Add(page.Id, new IndexTarget(page.Id, page.Title.Resolve(ui), page.Route.Url, page.Id));
            foreach (var (id, title) in page.Anchors)
            {
                var target = new IndexTarget($"{page.Id}#{id}", title, $"{page.Route.Url}#{id}", page.Id);
                index.Add(target.Id, target);
            }
        }
        return index;
    }
}
