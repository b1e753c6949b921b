using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

using PolicySite.Markdown;
using PolicySite.Markdown.Prerendering;

namespace PolicySite.Markdown.Extensions.Footnotes;

/// <summary>Renders a page's notes as an endnotes section whose items keep the document-wide numbers.</summary>
public sealed class HtmlNotesRenderer : HtmlObjectRenderer<FootnoteGroup>
{
    protected override void Write(HtmlRenderer renderer, FootnoteGroup group)
    {
        var labels = MarkdownLabels.Of(group);
        renderer.EnsureLine();
        renderer.WriteLine("<section class=\"footnotes\" role=\"doc-endnotes\" aria-labelledby=\"footnotes-heading\">");
        renderer.Write("<h2 id=\"footnotes-heading\">").WriteEscape(labels.Heading).WriteLine("</h2>");
        renderer.Write("<ol start=\"");
        if (group.Count > 0)
        {
            renderer.WriteNoteNumber(((Footnote)group[0]).Order);
        }
        else
        {
            renderer.Write('1');
        }
        renderer.WriteLine("\">");
        foreach (var block in group)
        {
            var footnote = (Footnote)block;
            renderer.Write("<li id=\"fn-").WriteNoteNumber(footnote.Order).Write("\" value=\"").WriteNoteNumber(footnote.Order).WriteLine("\">");
            renderer.WriteChildren(footnote);
            renderer.WriteLine("</li>");
        }
        renderer.WriteLine("</ol>");
        renderer.WriteLine("</section>");
    }
}
