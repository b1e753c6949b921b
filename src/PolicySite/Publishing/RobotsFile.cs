using System.Text;
using PolicySite.Templates;

namespace PolicySite.Publishing;

/// <summary>
/// <c>robots.txt</c>: every crawler may read everything, and the sitemap is here. Crawlers read it
/// only at the root of a host, so a site published under a sub-path has its lines merged into the
/// host's own file by whoever runs the host.
/// </summary>
public static class RobotsFile
{
    public const string FileName = "robots.txt";

    public static string Build(SiteUrls urls)
    {
        var text = new StringBuilder();
        text.Append("User-agent: *\n");
        text.Append("Allow: /\n");
        text.Append('\n');
        // The Sitemap line must be an absolute URL; with only a base path there is none to give,
        // and the root-relative one is the best a crawler can resolve against the host.
        text.Append("Sitemap: ").Append(urls.Canonical(SitemapBuilder.FileName)).Append('\n');
        return text.ToString();
    }
}
