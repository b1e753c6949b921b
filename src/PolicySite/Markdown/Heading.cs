namespace PolicySite.Markdown;

/// <summary>A heading of a page's body: its anchor id, plain text and level (2–6).</summary>
public sealed record Heading(string Id, string Title, int Level);
