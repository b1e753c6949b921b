using System.Runtime.InteropServices;

namespace PolicySite.Linking;

/// <summary>
/// Every addressable thing of the site by stable id, built once per build. A section is
/// addressable as <c>page#section</c> (always unique) and by its bare id when no other page
/// uses it; a bare id that several pages share is ambiguous and must be qualified.
/// </summary>
public sealed class SiteIndex
{
    // Nearly every id names one target, held as it is; only an id that several targets share
    // gets a list. A one-element array for each of a large site's ids was megabytes that lived
    // as long as the build.
    private readonly Dictionary<string, object> _byId;

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

    /// <summary>All targets an id names: none (unknown), one, or several (ambiguous).</summary>
    public IReadOnlyList<IndexTarget> Find(string id) => _byId.GetValueOrDefault(id) switch
    {
        IndexTarget target => [target],
        List<IndexTarget> targets => targets,
        _ => [],
    };

    public IEnumerable<string> Ids => _byId.Keys;
}
