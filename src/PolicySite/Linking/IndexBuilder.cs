using PolicySite.Pages;

namespace PolicySite.Linking;

/// <summary>Builds the site index once per build, from every routed page and every generated page.</summary>
internal static class IndexBuilder
{
    public static SiteIndex Build(IReadOnlyList<LinkedPage> pages, IReadOnlyList<GeneratedPage> generated, Func<string, string> ui)
    {
        // In page order, which decides the order of an ambiguous id's targets.
        var index = new SiteIndex(Capacity(pages, generated), ui);
        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            var title = page.Parsed.Source.FrontMatter.Title;
            index.Add(page.Id, new IndexTarget(page.Id, title, page.Route.Url, page.Id));
            // Only the document's notes have document-wide numbers; an event's notes are its own.
            var notes = page.Parsed.Source.Order is null ? [] : page.Facts.NoteOrders;
            index.AddPage(new PageTargets(page.Id, page.Route.Url, title, page.Parsed.Headings, page.Facts.Anchors, page.NoteOffset, notes));
        }

        foreach (var page in generated)
        {
            index.Add(page.Id, new IndexTarget(page.Id, page.Title.Resolve(ui), page.Route.Url, page.Id));
            foreach (var (id, title) in page.Anchors)
            {
                var target = IndexTarget.Section($"{page.Id}#{id}", page.Id, page.Route.Url, id, title);
                index.Add(target.Id, target);
            }
        }
        return index;
    }

    /// <summary>Room for the index's ids, near enough: a bare heading id that pages share is counted for each (qualified ids, paragraphs and notes are kept by page).</summary>
    private static int Capacity(IReadOnlyList<LinkedPage> pages, IReadOnlyList<GeneratedPage> generated)
    {
        var capacity = 0;
        for (var p = 0; p < pages.Count; p++)
        {
            capacity += 1 + pages[p].Parsed.Headings.Count;
        }
        foreach (var page in generated)
        {
            capacity += 1 + page.Anchors.Count;
        }
        return capacity;
    }
}
