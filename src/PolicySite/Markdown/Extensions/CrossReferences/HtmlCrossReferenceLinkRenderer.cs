using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;
using PolicySite.Markdown.Prerendering;

namespace PolicySite.Markdown.Extensions.CrossReferences;

/// <summary>
/// Markdig's link renderer, except while a body is prerendered: a cross-reference
/// (<c>[text](xref:id)</c>, or an image's <c>![alt](xref:id)</c>) is then written with holes for
/// its target's URL and, for an empty link or alt text, its target's title, as the Link stage
/// would have written them into the AST. The rest is written as Markdig writes it.
/// </summary>
public sealed class HtmlCrossReferenceLinkRenderer : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (renderer is not PolicyHtmlRenderer { Holes: { } holes }
            || link.Url is not { } url || !url.StartsWith(holes.CrossReferenceScheme, StringComparison.Ordinal))
        {
            base.Write(renderer, link);
            return;
        }

        var id = url[holes.CrossReferenceScheme.Length..];
        var html = renderer.EnableHtmlForInline;
        if (html)
        {
            renderer.Write(link.IsImage ? "<img src=\"" : "<a href=\"");
            holes.CrossReference(renderer, BodyHoleKind.CrossReferenceUrl, id);
            renderer.Write('"');
            renderer.WriteAttributes(link);
        }
        if (link.IsImage)
        {
            if (html)
            {
                renderer.Write(" alt=\"");
            }
            renderer.EnableHtmlForInline = false;
            WriteText(renderer, holes, link, id);
            renderer.EnableHtmlForInline = html;
            if (html)
            {
                renderer.Write('"');
            }
        }
        if (html && !string.IsNullOrEmpty(link.Title))
        {
            renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
        }
        if (link.IsImage)
        {
            if (html)
            {
                renderer.Write(" />");
            }
            return;
        }
        if (html)
        {
            if (!string.IsNullOrWhiteSpace(Rel))
            {
                renderer.Write(" rel=\"").Write(Rel).Write('"');
            }
            renderer.Write('>');
        }
        WriteText(renderer, holes, link, id);
        if (html)
        {
            renderer.Write("</a>");
        }
    }

    /// <summary>The link's text, or what CrossReferenceResolver.Apply gives an empty or bare link: its target's title.</summary>
    private static void WriteText(HtmlRenderer renderer, BodyHoles holes, LinkInline link, string id)
    {
        if (link.IsAutoLink || link.FirstChild is null)
        {
            holes.CrossReference(renderer, BodyHoleKind.CrossReferenceTitle, id);
        }
        else
        {
            renderer.WriteChildren(link);
        }
    }
}
