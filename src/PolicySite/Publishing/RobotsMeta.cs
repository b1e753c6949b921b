using PolicySite.Html;

namespace PolicySite.Publishing;

/// <summary>
/// Reads a rendered page's <c>&lt;meta name="robots"&gt;</c>. The theme decides which pages search
/// engines should not index (the 404 page, redirect pages, a search page); the sitemap follows
/// what the page itself says, so the two cannot disagree.
/// </summary>
public static class RobotsMeta
{
    public static bool IsNoIndex(HtmlTree document) =>
        document.Head is { } head && head.Descendants()
            .Where(m => m.Name == "meta" && string.Equals(m.GetAttribute("name"), "robots", StringComparison.OrdinalIgnoreCase))
            .Select(m => m.GetAttribute("content") ?? "")
            .Any(content => content.Split(',').Any(d => d.Trim() is var directive
                && (directive.Equals("noindex", StringComparison.OrdinalIgnoreCase) || directive.Equals("none", StringComparison.OrdinalIgnoreCase))));
}
