using System.Runtime.InteropServices;

namespace PolicySite.Linking;

/// <summary>
/// Every addressable thing of the site by stable id, built once per build. A section is
/// addressable as <c>page#section</c> (always unique) and by its bare id when no other page
/// uses it; a bare id that several pages share is ambiguous and must be qualified. A paragraph
/// is addressable as <c>page#anchor</c> only.
/// </summary>
public sealed class SiteIndex
{
    // Nearly every id names one target, held as it is; only an id that several targets share
    // gets a list. A one-element array for each of a large site's ids was megabytes that lived
    // as long as the build.
    private readonly Dictionary<string, object> _byId;

    // Paragraphs by page: a 5,000-page site has ~150,000 of them, almost none ever linked to, and
    // an id string and a target for each were ~25 MiB held from Link to the end of the build.
    private readonly Dictionary<string, PageParagraphs> _paragraphsByPage = new(StringComparer.Ordinal);

    public SiteIndex()
        : this(0)
    {
    }

    /// <param name="capacity">How many ids to make room for, so that a large site's index is not copied as it grows.</param>
    public SiteIndex(int capacity) => _byId = new(capacity, StringComparer.Ordinal);

    public void Add(string id, IndexTarget target)
    {
        ref var targets = ref CollectionsMarshal.GetValueRefOrAddDefault(_byId, id, out var exists);
        if (!exists)
        {
            targets = target;
        }
        else if (targets is List<IndexTarget> list)
        {
            if (!list.Contains(target))
            {
                list.Add(target);
            }
        }
        else if (!targets!.Equals(target))
        {
            targets = new List<IndexTarget> { (IndexTarget)targets, target };
        }
    }

    /// <summary>Makes each of a page's paragraphs addressable as <c>page#anchor</c>; once per page.</summary>
    internal void AddParagraphs(PageParagraphs paragraphs) => _paragraphsByPage.Add(paragraphs.PageId, paragraphs);

    /// <summary>All targets an id names: none (unknown), one, or several (ambiguous).</summary>
    public IReadOnlyList<IndexTarget> Find(string id)
    {
        IReadOnlyList<IndexTarget> found = _byId.GetValueOrDefault(id) switch
        {
            IndexTarget target => [target],
            List<IndexTarget> targets => targets,
            _ => [],
        };
        var hash = id.IndexOf('#');
        if (hash <= 0 || !_paragraphsByPage.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(id.AsSpan(0, hash), out var page))
        {
            return found;
        }
        // After the page's own ids, as the index added a page's paragraphs after its headings.
        var all = new List<IndexTarget>(found);
        page.AddTargets(id.AsSpan(hash + 1), id, all);
        return all.Count == found.Count ? found : all.Distinct().ToList();
    }

    public IEnumerable<string> Ids => _byId.Keys.Concat(_paragraphsByPage.Values.SelectMany(p => p.Anchors.Select(a => $"{p.PageId}#{a.Id}")));
}
