namespace PolicySite.Linking;

/// <summary>
/// Every addressable thing of the site by stable id, built once per build. A section is
/// addressable as <c>page#section</c> (always unique) and by its bare id when no other page
/// uses it; a bare id that several pages share is ambiguous and must be qualified.
/// </summary>
public sealed class SiteIndex
{
    private readonly Dictionary<string, List<IndexTarget>> _byId = new(StringComparer.Ordinal);

    public void Add(string id, IndexTarget target)
    {
        if (!_byId.TryGetValue(id, out var targets))
        {
            _byId[id] = targets = [];
        }
        if (!targets.Contains(target))
        {
            targets.Add(target);
        }
    }

    /// <summary>All targets an id names: none (unknown), one, or several (ambiguous).</summary>
    public IReadOnlyList<IndexTarget> Find(string id) => _byId.TryGetValue(id, out var targets) ? targets : [];

    public IEnumerable<string> Ids => _byId.Keys;
}
