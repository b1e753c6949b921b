namespace PolicySite.Linking;

/// <summary>A place that links to a page with a cross-reference: the linking page and section.</summary>
public sealed record Backlink(string TargetPageId, string FromPageId, string? FromSectionId, string FromTitle);
