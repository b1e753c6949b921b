namespace PolicySite.Pages.Model;

/// <summary>One source on the sources page; <see cref="Url"/> only where the source text gave one.</summary>
public sealed record SourceEntry(
    string Id,
    string Title,
    string? Kind,
    string? Publisher,
    string? Url,
    string? Language,
    IReadOnlyList<SourceCitation> CitedBy);
