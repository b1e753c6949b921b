namespace PolicySite.Templates.Model;

/// <summary>A link to another page: previous, next, parent.</summary>
public sealed record NavLink(string Title, string? Number, string Url);
