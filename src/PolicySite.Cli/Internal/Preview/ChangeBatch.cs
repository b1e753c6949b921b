namespace PolicySite.Cli.Internal.Preview;

/// <summary>The paths that changed in one burst of file events.</summary>
/// <param name="Paths">Full paths, old and new names of renames included.</param>
/// <param name="Overflowed">The watcher lost events (its buffer overflowed): anything may have changed.</param>
internal sealed record ChangeBatch(IReadOnlyCollection<string> Paths, bool Overflowed);
