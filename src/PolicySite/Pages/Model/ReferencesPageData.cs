namespace PolicySite.Pages.Model;

/// <summary><c>page.data</c> of the sources page.</summary>
public sealed record ReferencesPageData(IReadOnlyList<SourceEntry> Sources);
