namespace PolicySite.Templates.Model;

/// <summary>An event in a list: the home page's <c>events</c>, and the upcoming and past lists of the events page.</summary>
public sealed record EventListItem(
    string Title,
    string Url,
    string DateDisplay,
    string Status,
    string? VenueName,
    string WhenDisplay,
    string StartIso,
    string EndIso,
    bool IsPast,
    string? Locality);
