namespace PolicySite.Linking;

/// <summary>
/// <c>page.data</c> of a redirect page (<c>theme/layouts/redirect.html</c>): the page that now lives
/// elsewhere, its title for the visible link, its URL for the link and the refresh, and its
/// canonical URL, so search engines credit the new address rather than the old one.
/// </summary>
public sealed record RedirectPageData(string TargetTitle, string TargetUrl, string TargetCanonicalUrl);
