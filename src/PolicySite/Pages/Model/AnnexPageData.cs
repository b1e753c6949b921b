namespace PolicySite.Pages.Model;

/// <summary><c>page.data</c> of the annex page.</summary>
public sealed record AnnexPageData(IReadOnlyList<AnnexTableModel> Tables);
