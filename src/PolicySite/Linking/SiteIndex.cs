using System.Globalization;
using System.Runtime.InteropServices;

namespace PolicySite.Linking;

/// <summary>
/// Every addressable thing of the site by stable id, built once per build. A section is
/// addressable as <c>page#section</c> (always unique) and by its bare id when no other page
/// uses it; a bare id that several pages share is ambiguous and must be qualified. A paragraph
/// is addressable as <c>page#anchor</c> only, a note of the document as <c>note-N</c>.
/// </summary>
/// <remarks>
/// Pages, generated pages and their anchors are held as targets. Sections, paragraphs and notes
/// are held by page (<see cref="PageTargets"/>), and a target is made for one only when an id
/// names it: a large site has hundreds of thousands, almost none ever linked to. Lookups may come
/// from any thread once the index is built.
/// </remarks>
public sealed class SiteIndex
{
    // Nearly every id names one thing, held as it is: a target, or the page whose heading has the
    // id. Only an id that several share gets a list. A one-element array for each of a large
    // site's ids was megabytes that lived as long as the build.
    private readonly Dictionary<string, object> _byId;

    private readonly Dictionary<string, PageTargets> _byPage = new(StringComparer.Ordinal);

    /// <summary>The pages with notes numbered with the document's, in the order of their numbers.</summary>
    private readonly List<PageTargets> _notePages = [];

    private readonly Func<string, string> _ui;

    public SiteIndex()
        : this(0, key => key)
    {
    }

    /// <param name="capacity">How many ids to make room for, so that a large site's index is not copied as it grows.</param>
    /// <param name="ui">The theme's words: a note's target is titled with the word for "note".</param>
    public SiteIndex(int capacity, Func<string, string> ui)
    {
        _byId = new(capacity, StringComparer.Ordinal);
        _ui = ui;
    }

    public void Add(string id, IndexTarget target) => Add(id, (object)target);

    /// <summary>Makes a page's sections, paragraphs and notes addressable; once per page, after the page itself.</summary>
    internal void AddPage(PageTargets page)
    {
        _byPage.Add(page.PageId, page);
        // By index: a foreach over the interface would allocate an enumerator per page.
        for (var h = 0; h < page.Headings.Count; h++)
        {
            Add(page.Headings[h].Id, page);
        }
        if (page.NoteOrders.Count > 0)
        {
            // Pages come in reading order, which numbers the notes, so this is nearly always the end.
            var at = _notePages.Count;
            while (at > 0 && _notePages[at - 1].NoteOffset > page.NoteOffset)
            {
                at--;
            }
            _notePages.Insert(at, page);
        }
    }

    private void Add(string id, object named)
    {
        ref var existing = ref CollectionsMarshal.GetValueRefOrAddDefault(_byId, id, out var exists);
        if (!exists)
        {
            existing = named;
        }
        else if (existing is List<object> list)
        {
            if (!list.Contains(named))
            {
                list.Add(named);
            }
        }
        else if (!existing!.Equals(named))
        {
            existing = new List<object> { existing, named };
        }
    }

    /// <summary>All targets an id names: none (unknown), one, or several (ambiguous).</summary>
    public IReadOnlyList<IndexTarget> Find(string id)
    {
        var found = new List<IndexTarget>(1);
        switch (_byId.GetValueOrDefault(id))
        {
            case List<object> named:
                foreach (var one in named)
                {
                    AddNamed(id, one, found);
                }
                break;
            case { } one:
                AddNamed(id, one, found);
                break;
        }
        // After the ids held as they are, as the index once added a page's sections and
        // paragraphs after its own id, and its notes last.
        var hash = id.IndexOf('#');
        if (hash > 0 && _byPage.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(id.AsSpan(0, hash), out var page))
        {
            var anchor = id.AsSpan(hash + 1);
            page.AddSections(anchor, found);
            page.AddParagraphs(anchor, id, found);
        }
        if (NoteNumber(id) is { } number && NotePage(number) is { } notePage)
        {
            found.Add(notePage.Note(number, _ui("note")));
        }
        return found.Count > 1 ? found.Distinct().ToList() : found;
    }

    public IEnumerable<string> Ids => _byId.Keys.Concat(_byPage.Values.SelectMany(page => page.Ids()));

    private static void AddNamed(string id, object named, List<IndexTarget> found)
    {
        if (named is PageTargets page)
        {
            page.AddSections(id, found);
        }
        else
        {
            found.Add((IndexTarget)named);
        }
    }

    /// <summary>N in <c>note-N</c>, written as the index writes it (no sign, no leading zero); null for any other id.</summary>
    private static int? NoteNumber(string id)
    {
        const string Prefix = "note-";
        if (!id.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }
        var digits = id.AsSpan(Prefix.Length);
        return digits is [>= '1' and <= '9', ..] && digits.IndexOfAnyExceptInRange('0', '9') < 0
            && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number
            : null;
    }

    /// <summary>The page whose notes include the document's note <paramref name="number"/>, if any.</summary>
    private PageTargets? NotePage(int number)
    {
        // The last page whose notes start before the number.
        int low = 0, high = _notePages.Count - 1, last = -1;
        while (low <= high)
        {
            var middle = low + (high - low) / 2;
            if (_notePages[middle].NoteOffset < number)
            {
                last = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return last >= 0 && _notePages[last].HasNote(number) ? _notePages[last] : null;
    }
}
