using AngleSharp.Html.Parser;

namespace PolicySite.Publishing;

/// <summary>
/// Reads a rendered page's <c>&lt;meta name="robots"&gt;</c>. The theme decides which pages search
/// engines should not index (the 404 page, redirect pages, a search page); the sitemap follows
/// what the page itself says, so the two cannot disagree.
/// </summary>
public static class RobotsMeta
{
    private static readonly HtmlParser Parser = new();

    public static bool IsNoIndex(string html)
    {
        // Only the head can hold the meta element; parsing just that keeps this cheap on big sites.
        var end = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        var head = end < 0 ? html : html[..end];
        var document = Parser.ParseDocument(head);
        return document.QuerySelectorAll("meta[name]")
            .Where(m => string.Equals(m.GetAttribute("name"), "robots", StringComparison.OrdinalIgnoreCase))
            .Select(m => m.GetAttribute("content") ?? "")
            .Any(content => content.Split(',').Any(d => d.Trim() is var directive
                && (directive.Equals("noindex", StringComparison.OrdinalIgnoreCase) || directive.Equals("none", StringComparison.OrdinalIgnoreCase))));
    }
}
