namespace PolicySite.Templates.Model;

/// <summary>An event as listed on the home page (<c>events</c> in templates).</summary>
public sealed record EventListItem(string Title, string Url, string DateDisplay, string Status, string? VenueName);
