namespace PolicySite.Configuration;

/// <summary>The site's settings, from <c>input/site.yml</c>.</summary>
public sealed record SiteConfig
{
    /// <summary>The document's title; also the site's name.</summary>
    public required string Title { get; init; }

    /// <summary>What kind of publication this is, as its cover says ("Policy document").</summary>
    public string? DocumentType { get; init; }

    public required string Publisher { get; init; }

    /// <summary>Publication date as <c>yyyy-MM</c> or <c>yyyy-MM-dd</c>; shown in the site's language.</summary>
    public required string PublicationDate { get; init; }

    /// <summary>Language of the site and of its UI strings (<c>theme/i18n/&lt;language&gt;.yml</c>).</summary>
    public string Language { get; init; } = "en";

    /// <summary>Absolute URL or root path the site is served from; <c>--base-url</c> overrides it.</summary>
    public string BaseUrl { get; init; } = "/";

    /// <summary>The publication's back page, line by line, shown verbatim in every page's footer.</summary>
    public List<string> Colophon { get; init; } = [];
}
