using PolicySite.Content;
using PolicySite.Linking;
using PolicySite.Templates.Model;

namespace PolicySite.Templates;

/// <summary>
/// The document's contents (<c>contents</c> in templates), built once per build. Each page gets
/// the shared entries with its own line marked current. A document of more than
/// <see cref="FullListLimit"/> lines would make every page carry every line, so the output would
/// grow with the square of the page count; such a document shows each page the lines around it
/// and a link to the full contents on the home page instead (as Docsy's compact sidebar does).
/// </summary>
internal sealed class ContentsOutline
{
    /// <summary>The most lines a page carries in full; the policy document has eight.</summary>
    public const int FullListLimit = 60;

    /// <summary>How many top-level lines a page of a long document sees before and after its own.</summary>
    public const int Neighbours = 7;

    private readonly ContentsEntry[] _top;
    private readonly string[] _topIds;
    private readonly string[][] _childIds;
    private readonly Dictionary<string, int> _branchOf = new(StringComparer.Ordinal);

    public ContentsOutline(LinkedSite site, Func<LinkedPage, ContentsEntry> entry)
    {
        var tops = site.ReadingOrder.Where(p => p.Parent is null).ToList();
        var children = site.ReadingOrder.Where(p => p.Parent is not null).ToLookup(p => p.Parent!.Id, StringComparer.Ordinal);
        _top = new ContentsEntry[tops.Count];
        _topIds = new string[tops.Count];
        _childIds = new string[tops.Count][];
        for (var i = 0; i < tops.Count; i++)
        {
            var branch = children[tops[i].Id].ToList();
            _branchOf[tops[i].Id] = i;
            foreach (var child in branch)
            {
                _branchOf[child.Id] = i;
            }
            _top[i] = entry(tops[i]) with { Children = branch.Select(entry).ToList() };
            _topIds[i] = tops[i].Id;
            _childIds[i] = branch.Select(c => c.Id).ToArray();
        }
        IsPartial = site.ReadingOrder.Count > FullListLimit;
    }

    /// <summary>Whether pages carry only part of the contents (and should link to the full list).</summary>
    public bool IsPartial { get; }

    /// <summary>Every line of the contents, with the page <paramref name="currentId"/> marked: what the home page shows, whatever the document's length.</summary>
    public IReadOnlyList<ContentsEntry> Full(string? currentId) => Window(currentId, 0, _top.Length, allChildren: true);

    /// <summary>The contents as the page <paramref name="currentId"/> shows them: every line in a short document, the lines around it in a long one.</summary>
    public IReadOnlyList<ContentsEntry> For(string? currentId)
    {
        if (!IsPartial)
        {
            return Full(currentId);
        }
        var centre = currentId is not null && _branchOf.TryGetValue(currentId, out var branch) ? branch : 0;
        var from = Math.Max(0, centre - Neighbours);
        return Window(currentId, from, Math.Min(_top.Length, centre + Neighbours + 1), allChildren: false);
    }

    private List<ContentsEntry> Window(string? currentId, int from, int to, bool allChildren)
    {
        var current = currentId is not null && _branchOf.TryGetValue(currentId, out var branch) ? branch : -1;
        var entries = new List<ContentsEntry>(to - from);
        for (var i = from; i < to; i++)
        {
            var top = _top[i];
            if (i == current)
            {
                var childIds = _childIds[i];
                entries.Add(top with
                {
                    IsCurrent = _topIds[i] == currentId,
                    Children = top.Children.Select((c, k) => c with { IsCurrent = childIds[k] == currentId }).ToList(),
                });
            }
            else
            {
                entries.Add(allChildren || top.Children.Count == 0 ? top : top with { Children = [] });
            }
        }
        return entries;
    }
}
