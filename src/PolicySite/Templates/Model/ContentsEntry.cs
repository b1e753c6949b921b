namespace PolicySite.Templates.Model;

/// <summary>One line of the document's contents (<c>contents</c> in templates).</summary>
public sealed record ContentsEntry(string? Number, string Title, string Url, bool IsCurrent, IReadOnlyList<ContentsEntry> Children);
