using PolicySite.Html;

namespace PolicySite.Validation;

/// <summary>
/// What link checking needs of one page: the ids it has (and uses twice) and its <c>href</c> and
/// <c>src</c> values, each once, but for links to an anchor the page itself has: those are known
/// to resolve when the page is read. A build keeps this for every page until links are checked,
/// and a third of a page's links are to its own paragraphs.
/// </summary>
public sealed record PageLinks(PageIds Ids, IReadOnlyList<string> DuplicateIds, IReadOnlyList<string> Links)
{
    /// <summary>The largest page (ids, links) whose room a thread keeps for the next one: the notes page has tens of thousands.</summary>
    private const int MaximumKept = 4096;

    /// <summary>What a thread reads a page into, emptied for its next page: only what is kept of a page is allocated for it.</summary>
    [ThreadStatic]
    private static Scratch? t_scratch;

    /// <remarks>
    /// Links to the home page, the notes and a chapter's neighbours are on page after page, and a
    /// build keeps every page's links until they are checked; the reader already gives a thread's
    /// pages one string for a value that recurs (<c>HtmlTreeBuilder</c>). A build-wide table of
    /// them on top saved no peak memory and cost 1% of the build's CPU time (session 13).
    /// </remarks>
    public static PageLinks From(HtmlTree document)
    {
        var scratch = t_scratch ??= new Scratch();
        try
        {
            return Read(document, scratch);
        }
        finally
        {
            scratch.Clear();
        }
    }

    private static PageLinks Read(HtmlTree document, Scratch scratch)
    {
        // One walk of the elements, each one's attributes read once; the links are filtered after
        // it, once every id of the page is known.
        var (ids, duplicates, candidates, links) = (scratch.Ids, scratch.Duplicates, scratch.Candidates, scratch.Links);
        foreach (var element in document.Elements)
        {
            string? id = null, href = null, src = null;
            foreach (var (name, value) in element.Attributes)
            {
                // The first of each name counts, as GetAttribute reads it.
                switch (name)
                {
                    case "id":
                        id ??= value;
                        break;
                    case "href":
                        href ??= value;
                        break;
                    case "src":
                        src ??= value;
                        break;
                }
            }
            if (id is not null && !ids.Add(id))
            {
                duplicates.Add(id);
            }
            if (href is not null)
            {
                candidates.Add(href);
            }
            if (src is not null)
            {
                candidates.Add(src);
            }
        }
        var ownIds = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var link in candidates)
        {
            if (!(link.StartsWith('#') && IsOwnAnchor(link.AsSpan(1), ownIds)))
            {
                links.Add(link);
            }
        }
        return new PageLinks(PageIds.From(ids), duplicates.Count == 0 ? [] : [.. duplicates], [.. links]);
    }

    /// <summary>Whether the page has the id an anchor names; unescaped only when it needs to be, so that the page's many plain anchors cost no string each.</summary>
    private static bool IsOwnAnchor(ReadOnlySpan<char> anchor, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ids) =>
        anchor.Contains('%') ? ids.Contains(Uri.UnescapeDataString(anchor)) : ids.Contains(anchor);

    private sealed class Scratch
    {
        public HashSet<string> Ids { get; private set; } = new(StringComparer.Ordinal);

        public List<string> Duplicates { get; } = [];

        public List<string> Candidates { get; private set; } = [];

        public HashSet<string> Links { get; private set; } = new(StringComparer.Ordinal);

        public void Clear()
        {
            // Cleared, not made again, unless a very long page grew them: Clear keeps their room.
            if (Ids.Count > MaximumKept || Candidates.Count > MaximumKept || Links.Count > MaximumKept)
            {
                (Ids, Candidates, Links) = (new(StringComparer.Ordinal), [], new(StringComparer.Ordinal));
            }
            Ids.Clear();
            Duplicates.Clear();
            Candidates.Clear();
            Links.Clear();
        }
    }
}
