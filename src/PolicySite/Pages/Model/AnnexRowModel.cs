namespace PolicySite.Pages.Model;

/// <summary>A row of an annex table, with a link to the paragraph that states it.</summary>
public sealed record AnnexRowModel(IReadOnlyList<string> Cells, string SourceUrl, string SourceTitle);
