using PolicySite.Templates;

namespace PolicySite.Linking;

/// <summary>What linking needs from outside the content: the site's URLs and its UI strings (for generated titles).</summary>
public sealed record LinkContext(SiteUrls Urls, Func<string, string> Ui);
