using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;
using PolicySite.Markdown.Prerendering;

namespace PolicySite.Markdown.Extensions.CrossReferences;

/// <summary>
/// Markdig's autolink renderer, except while a body is prerendered: a bare cross-reference
/// (<c>&lt;xref:id&gt;</c>) is then written as the plain link, titled by its target, that the
/// Link stage would have made of it, with holes for the URL and the title.
/// </summary>
public sealed class HtmlCrossReferenceAutolinkRenderer : AutolinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, AutolinkInline link)
    {
        if (renderer is not PolicyHtmlRenderer { Holes: { } holes } || link.IsEmail
            || !link.Url.StartsWith(holes.CrossReferenceScheme, StringComparison.Ordinal))
        {
            base.Write(renderer, link);
            return;
        }

        var id = link.Url[holes.CrossReferenceScheme.Length..];
        if (renderer.EnableHtmlForInline)
        {
            renderer.Write("<a href=\"");
            holes.CrossReference(renderer, BodyHoleKind.CrossReferenceUrl, id);
            renderer.Write("\">");
        }
        holes.CrossReference(renderer, BodyHoleKind.CrossReferenceTitle, id);
        if (renderer.EnableHtmlForInline)
        {
            renderer.Write("</a>");
        }
    }
}
