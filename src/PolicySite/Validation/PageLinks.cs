using PolicySite.Html;

namespace PolicySite.Validation;

/// <summary>
/// What link checking needs of one page: the ids it has (and uses twice) and its <c>href</c> and
/// <c>src</c> values, each once, but for links to an anchor the page itself has: those are known
/// to resolve when the page is read. A build keeps this for every page until links are checked,
/// and a third of a page's links are to its own paragraphs.
/// </summary>
public sealed record PageLinks(IReadOnlySet<string> Ids, IReadOnlyList<string> DuplicateIds, IReadOnlyList<string> Links)
{
    private static readonly string[] LinkAttributes = ["href", "src"];

    /// <param name="shared">
    /// One copy of each link for every page that has it (a build's table): links to the home page,
    /// the notes and a chapter's neighbours are on page after page, and a build keeps every page's
    /// links until they are checked. (Not ids: most are a page's own, and a table entry for each
    /// would cost more than the copies it saves.)
    /// </param>
    public static PageLinks From(HtmlTree document, Func<string, string>? shared = null)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        foreach (var element in document.Elements)
        {
            if (element.GetAttribute("id") is { } id && !ids.Add(id))
            {
                duplicates.Add(id);
            }
        }
        var links = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in document.Elements)
        {
            foreach (var attribute in LinkAttributes)
            {
                if (element.GetAttribute(attribute) is { } href && !(href.StartsWith('#') && ids.Contains(Uri.UnescapeDataString(href[1..]))))
                {
                    links.Add(shared is null ? href : shared(href));
                }
            }
        }
        return new PageLinks(ids, duplicates, [.. links]);
    }
}
