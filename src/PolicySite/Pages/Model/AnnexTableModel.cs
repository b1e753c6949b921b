namespace PolicySite.Pages.Model;

/// <summary>A table of the annex page.</summary>
public sealed record AnnexTableModel(string Id, string Title, IReadOnlyList<string> Columns, IReadOnlyList<AnnexRowModel> Rows);
