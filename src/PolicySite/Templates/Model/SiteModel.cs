namespace PolicySite.Templates.Model;

/// <summary><c>site</c> in templates.</summary>
public sealed record SiteModel(
    string Title,
    string? DocumentType,
    string Publisher,
    string PublicationDate,
    string Language,
    IReadOnlyList<string> Colophon);
