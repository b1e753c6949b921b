using PolicySite.Emit;

namespace PolicySite.Pipeline;

/// <summary>Which output files a rebuild added, changed and removed, by output path, compared with the previous good build.</summary>
public sealed record OutputChanges(IReadOnlyList<string> Added, IReadOnlyList<string> Changed, IReadOnlyList<string> Removed)
{
    public static OutputChanges None { get; } = new([], [], []);

    public int Count => Added.Count + Changed.Count + Removed.Count;

    public bool IsEmpty => Count == 0;

    /// <summary>Every path the rebuild touched, in order.</summary>
    public IEnumerable<string> All => Added.Concat(Changed).Concat(Removed).Order(StringComparer.Ordinal);

    public static OutputChanges Between(IReadOnlyList<OutputFile> before, IReadOnlyList<OutputFile> after)
    {
        var old = before.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var added = new List<string>();
        var changed = new List<string>();
        foreach (var file in after)
        {
            if (!old.Remove(file.Path, out var previous))
            {
                added.Add(file.Path);
            }
            else if (!previous.Content.AsSpan().SequenceEqual(file.Content))
            {
                changed.Add(file.Path);
            }
        }
        var removed = old.Keys.Order(StringComparer.Ordinal).ToList();
        return new OutputChanges(added, changed, removed);
    }
}
