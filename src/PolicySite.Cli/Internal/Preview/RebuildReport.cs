using PolicySite.Pipeline;

namespace PolicySite.Cli.Internal.Preview;

/// <summary>One rebuild after a burst of changes, once the open pages have been told (and the output written).</summary>
/// <param name="Kinds">What the changed files were.</param>
/// <param name="Result">The build and what it changed.</param>
/// <param name="Event">What the open pages were sent: reload, css, errors, ok, or nothing.</param>
/// <param name="Elapsed">From the start of the rebuild until the new build was being served.</param>
internal sealed record RebuildReport(IReadOnlyList<SiteChangeKind> Kinds, IncrementalBuildResult Result, string? Event, TimeSpan Elapsed);
