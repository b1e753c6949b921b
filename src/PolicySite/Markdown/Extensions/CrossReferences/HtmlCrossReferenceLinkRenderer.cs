using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;
using PolicySite.Markdown.Prerendering;

namespace PolicySite.Markdown.Extensions.CrossReferences;

/// <summary>
/// Markdig's link renderer, except while a body is prerendered: a cross-reference
/// (<c>[text](xref:id)</c>) is then written with holes for its target's URL and, for an empty
/// link, its target's title, as the Link stage would have written them into the AST.
/// </summary>
public sealed class HtmlCrossReferenceLinkRenderer : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (renderer is not PolicyHtmlRenderer { Holes: { } holes } || link.IsImage
            || link.Url is not { } url || !url.StartsWith(holes.CrossReferenceScheme, StringComparison.Ordinal))
        {
            base.Write(renderer, link);
            return;
        }

        var id = url[holes.CrossReferenceScheme.Length..];
        if (renderer.EnableHtmlForInline)
        {
            renderer.Write("<a href=\"");
            holes.CrossReference(renderer, BodyHoleKind.CrossReferenceUrl, id);
            renderer.Write('"');
            renderer.WriteAttributes(link);
            if (!string.IsNullOrEmpty(link.Title))
            {
                renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
            }
            if (!string.IsNullOrWhiteSpace(Rel))
            {
                renderer.Write(" rel=\"").Write(Rel).Write('"');
            }
            renderer.Write('>');
        }
        // What CrossReferenceResolver.Apply does to such a link: its target's title is its text.
        if (link.IsAutoLink || link.FirstChild is null)
        {
            holes.CrossReference(renderer, BodyHoleKind.CrossReferenceTitle, id);
        }
        else
        {
            renderer.WriteChildren(link);
        }
        if (renderer.EnableHtmlForInline)
        {
            renderer.Write("</a>");
        }
    }
}
