namespace PolicySite.Pages.Model;

/// <summary>A place that cites a note: the page, and a link to the reference itself.</summary>
public sealed record NoteCitation(string PageTitle, string? PageNumber, string Url);
