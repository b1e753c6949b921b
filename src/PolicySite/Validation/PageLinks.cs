using PolicySite.Html;

namespace PolicySite.Validation;

/// <summary>What link checking needs of one page: the ids it has (and uses twice) and every <c>href</c> and <c>src</c> it holds.</summary>
public sealed record PageLinks(IReadOnlySet<string> Ids, IReadOnlyList<string> DuplicateIds, IReadOnlyList<string> Links)
{
    private static readonly string[] LinkAttributes = ["href", "src"];

    public static PageLinks From(HtmlTree document)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var duplicates = new List<string>();
        var links = new List<string>();
        foreach (var element in document.Elements)
        {
            if (element.GetAttribute("id") is { } id && !ids.Add(id))
            {
                duplicates.Add(id);
            }
            foreach (var attribute in LinkAttributes)
            {
                if (element.GetAttribute(attribute) is { } href)
                {
                    links.Add(href);
                }
            }
        }
        return new PageLinks(ids, duplicates, links);
    }
}
