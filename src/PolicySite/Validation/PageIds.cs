namespace PolicySite.Validation;

/// <summary>
/// The ids one page has, for link checking: sorted in ordinal order and found by binary search.
/// A build keeps every page's ids until links are checked (some 30 a page), and a hash set each
/// took four times the memory of the array and was grown, copy by copy, as the page was read.
/// </summary>
public sealed class PageIds : IReadOnlyCollection<string>
{
    private readonly string[] _sorted;

    private PageIds(string[] sorted) => _sorted = sorted;

    public static PageIds Empty { get; } = new([]);

    public int Count => _sorted.Length;

    /// <summary>The ids in <paramref name="ids"/>, each once.</summary>
    public static PageIds From(IReadOnlyCollection<string> ids)
    {
        if (ids.Count == 0)
        {
            return Empty;
        }
        var sorted = new string[ids.Count];
        var i = 0;
        foreach (var id in ids)
        {
            sorted[i++] = id;
        }
        Array.Sort(sorted, StringComparer.Ordinal);
        return new PageIds(sorted);
    }

    public bool Contains(string id) => Contains(id.AsSpan());

    public bool Contains(ReadOnlySpan<char> id)
    {
        var low = 0;
        var high = _sorted.Length - 1;
        while (low <= high)
        {
            var middle = low + (high - low) / 2;
            var order = _sorted[middle].AsSpan().SequenceCompareTo(id);
            if (order == 0)
            {
                return true;
            }
            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }
        return false;
    }

    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_sorted).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
