using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace PolicySite.Tests.Site;

/// <summary>
/// The text a reader gets from a page: the DOM's text content with whitespace collapsed, the way a
/// browser lays it out. Tests compare against this, never against template source.
/// </summary>
public static partial class VisibleText
{
    /// <summary>
    /// Text of <paramref name="element"/> with the subtrees matching <paramref name="excluding"/> left out.
    /// A <c>&lt;br&gt;</c> counts as a space, because on screen it separates the lines it breaks
    /// (TextContent alone would glue "Wijnhaven Complex" to "Room 3.46").
    /// </summary>
    public static string Of(IElement element, params string[] excluding)
    {
        var clone = (IElement)element.Clone(deep: true);
        foreach (var selector in excluding.Append("script, style, template"))
        {
            foreach (var hidden in clone.QuerySelectorAll(selector).ToList())
            {
                hidden.Remove();
            }
        }
        foreach (var lineBreak in clone.QuerySelectorAll("br").ToList())
        {
            lineBreak.Replace(element.Owner!.CreateTextNode(" "));
        }
        return Collapse(clone.TextContent);
    }

    /// <summary>Text of a page's body.</summary>
    public static string Of(IDocument page, params string[] excluding) =>
        Of(page.Body ?? throw new InvalidOperationException("page has no body"), excluding);

    /// <summary>Runs of whitespace become one space; the ends are trimmed.</summary>
    public static string Collapse(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
