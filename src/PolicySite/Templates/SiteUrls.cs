namespace PolicySite.Templates;

/// <summary>
/// Turns site-relative paths into the URLs pages link with. Links are root-relative and carry
/// the base URL's path, so a site built for <c>https://example.org/policy/</c> works under
/// <c>/policy/</c>; canonical URLs are absolute when the base URL is.
/// </summary>
public sealed class SiteUrls
{
    public SiteUrls(string baseUrl)
    {
        if (Uri.TryCreate(baseUrl, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            var path = absolute.AbsolutePath.EndsWith('/') ? absolute.AbsolutePath : absolute.AbsolutePath + "/";
            AbsoluteBase = new Uri(absolute, path).ToString();
            BasePath = path;
        }
        else
        {
            var path = "/" + baseUrl.Trim('/');
            BasePath = path.EndsWith('/') ? path : path + "/";
        }
    }

    /// <summary>The path every URL of the site starts with, with leading and trailing slash.</summary>
    public string BasePath { get; }

    /// <summary>The absolute base URL, or null when the site was given only a path.</summary>
    public string? AbsoluteBase { get; }

    public string Path(string relative) => BasePath + relative.TrimStart('/');

    public string Canonical(string relative) => (AbsoluteBase ?? BasePath) + relative.TrimStart('/');
}
