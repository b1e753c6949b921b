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

    public static PageLinks From(HtmlTree document)
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
                    links.Add(href);
                }
            }
        }
        return new PageLinks(ids, duplicates, [.. links]);
    }
}
