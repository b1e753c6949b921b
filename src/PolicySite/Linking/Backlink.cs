namespace PolicySite.Linking;

/// <summary>A place that links to a page with a cross-reference: the linking page and section.</summary>
/// <remarks>
/// A value, not an object: a build keeps every one from Link to the end (at 5,000 pages 25,000,
/// which every full collection marked again), and it is only ever compared and read.
/// </remarks>
public readonly record struct Backlink(string TargetPageId, string FromPageId, string? FromSectionId, string FromTitle);
