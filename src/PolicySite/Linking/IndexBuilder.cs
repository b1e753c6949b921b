using PolicySite.Pages;

namespace PolicySite.Linking;

/// <summary>Builds the site index once per build, from every routed page and every generated page.</summary>
internal static class IndexBuilder
{
    public static SiteIndex Build(IReadOnlyList<LinkedPage> pages, IReadOnlyList<GeneratedPage> generated, Func<string, string> ui)
    {
        // Each page's ids and targets are its own business: made in parallel, then added in page
        // order, which decides the order of an ambiguous id's targets.
        var entries = new List<(string Id, IndexTarget Target)>[pages.Count];
        Parallel.For(0, pages.Count, p => entries[p] = Entries(pages[p]));

        var index = new SiteIndex(Capacity(pages, generated));
        string? noteWord = null;
        for (var p = 0; p < pages.Count; p++)
        {
            foreach (var (id, target) in entries[p])
            {
                index.Add(id, target);
            }
            var page = pages[p];
            index.AddParagraphs(new PageParagraphs(page.Id, page.Route.Url, page.Parsed.Source.FrontMatter.Title, page.Parsed.Headings, page.Facts.Anchors));

            // Only the document's notes have document-wide numbers; an event's notes are its own.
            if (page.Parsed.Source.Order is null)
            {
                continue;
            }
            foreach (var order in page.Facts.NoteOrders)
            {
                noteWord ??= ui("note");
                var number = order + page.NoteOffset;
                var id = $"note-{number}";
                index.Add(id, new IndexTarget(id, $"{noteWord} {number}", $"{page.Route.Url}#fn-{number}", page.Id));
            }
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

    /// <summary>
    /// The ids a page brings to the index, in order: the page and each heading (as <c>page#id</c>
    /// and bare). Its paragraphs are kept by page (<see cref="PageParagraphs"/>).
    /// </summary>
    private static List<(string Id, IndexTarget Target)> Entries(LinkedPage page)
    {
        var headings = page.Parsed.Headings;
        var entries = new List<(string, IndexTarget)>(1 + 2 * headings.Count);
        entries.Add((page.Id, new IndexTarget(page.Id, page.Parsed.Source.FrontMatter.Title, page.Route.Url, page.Id)));
        // By index: a foreach over the interface would allocate an enumerator per page.
        for (var h = 0; h < headings.Count; h++)
        {
            var heading = headings[h];
            var target = IndexTarget.Section($"{page.Id}#{heading.Id}", page.Id, page.Route.Url, heading.Id, heading.Title);
            entries.Add((target.Id, target));
            entries.Add((heading.Id, target));
        }
        return entries;
    }

    /// <summary>Room for the index's ids, near enough: notes are left out, and a bare heading id that pages share is counted for each (paragraphs are kept by page).</summary>
    private static int Capacity(IReadOnlyList<LinkedPage> pages, IReadOnlyList<GeneratedPage> generated)
    {
        var capacity = 0;
        for (var p = 0; p < pages.Count; p++)
        {
            capacity += 1 + 2 * pages[p].Parsed.Headings.Count;
        }
        foreach (var page in generated)
        {
            capacity += 1 + page.Anchors.Count;
        }
        return capacity;
    }
}
