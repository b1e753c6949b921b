using PolicySite.Linking;
using PolicySite.Templates;

namespace PolicySite.Pages;

/// <summary>What a generated page's data may draw on: the whole linked site and its URLs.</summary>
public sealed record PageDataContext(LinkedSite Site, SiteUrls Urls, DateTimeOffset Now, Func<string, string> Ui);
