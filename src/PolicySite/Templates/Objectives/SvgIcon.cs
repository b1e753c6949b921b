using System.Xml;
using System.Xml.Linq;

namespace PolicySite.Templates.Objectives;

/// <summary>
/// Checks an objective's icon and prepares it for inlining: plain SVG shapes only (no scripts,
/// no <c>style</c> attributes, which the Content-Security-Policy would block, no links that could
/// fetch from elsewhere), then marked decorative so that assistive technology skips it.
/// </summary>
public static class SvgIcon
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly HashSet<string> Elements =
        new(["svg", "g", "path", "circle", "ellipse", "rect", "line", "polyline", "polygon"], StringComparer.Ordinal);

    private static readonly HashSet<string> Attributes = new(
    [
        "viewBox", "fill", "fill-rule", "fill-opacity", "clip-rule", "stroke", "stroke-width", "stroke-linecap",
        "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-opacity", "opacity", "transform",
        "d", "cx", "cy", "r", "rx", "ry", "x", "y", "x1", "y1", "x2", "y2", "width", "height", "points",
    ], StringComparer.Ordinal);

    /// <summary>The icon as it is written into pages, or the reason it cannot be.</summary>
    public static (string? Html, string? Problem) Prepare(string source)
    {
        XElement root;
        try
        {
            root = XElement.Parse(source.Trim(), LoadOptions.None);
        }
        catch (XmlException ex)
        {
            return (null, $"the icon is not well-formed SVG ({ex.Message})");
        }
        if (root.Name.LocalName != "svg" || root.Name.Namespace != XNamespace.None && root.Name.Namespace != Svg)
        {
            return (null, "the icon must be one <svg> element");
        }
        if (root.Attribute("viewBox") is null)
        {
            return (null, "the icon's <svg> needs a viewBox so that it scales with the text");
        }
        foreach (var element in root.DescendantsAndSelf())
        {
            if (element.Name.Namespace != XNamespace.None && element.Name.Namespace != Svg || !Elements.Contains(element.Name.LocalName))
            {
                return (null, $"<{element.Name.LocalName}> is not allowed in an icon; use only {string.Join(", ", Elements.Order(StringComparer.Ordinal))}");
            }
            foreach (var attribute in element.Attributes().Where(a => !a.IsNamespaceDeclaration))
            {
                if (attribute.Name.Namespace != XNamespace.None || !Attributes.Contains(attribute.Name.LocalName))
                {
                    return (null, $"the attribute '{attribute.Name.LocalName}' is not allowed in an icon (style attributes break the Content-Security-Policy; scripts and links have no place in a decoration)");
                }
            }
        }

        // Rebuilt in the SVG namespace, so that a source without xmlns still renders when inlined.
        var icon = Rebuild(root);
        icon.SetAttributeValue("class", "objective-icon");
        icon.SetAttributeValue("aria-hidden", "true");
        icon.SetAttributeValue("focusable", "false");
        return (icon.ToString(SaveOptions.DisableFormatting | SaveOptions.OmitDuplicateNamespaces), null);
    }

    private static XElement Rebuild(XElement element) => new(
        Svg + element.Name.LocalName,
        element.Attributes().Where(a => !a.IsNamespaceDeclaration).Select(a => new XAttribute(a.Name.LocalName, a.Value)),
        element.Elements().Select(Rebuild));
}
