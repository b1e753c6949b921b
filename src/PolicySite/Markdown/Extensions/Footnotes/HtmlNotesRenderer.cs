using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

using PolicySite.Markdown;

namespace PolicySite.Markdown.Extensions.Footnotes;

/// <summary>Renders a page's notes as an endnotes section whose items keep the document-wide numbers.</summary>
public sealed class HtmlNotesRenderer : HtmlObjectRenderer<FootnoteGroup>
{
    protected override void Write(HtmlRenderer renderer, FootnoteGroup group)
    {
        var labels = MarkdownLabels.Of(group);
        var first = group.Count > 0 ? ((Footnote)group[0]).Order : 1;
        renderer.EnsureLine();
        renderer.WriteLine("<section class=\"footnotes\" role=\"doc-endnotes\" aria-labelledby=\"footnotes-heading\">");
        renderer.Write("<h2 id=\"footnotes-heading\">").WriteEscape(labels.Heading).WriteLine("</h2>");
        renderer.WriteLine($"<ol start=\"{first}\">");
        foreach (var block in group)
        {
            var footnote = (Footnote)block;
            renderer.WriteLine($"<li id=\"fn-{footnote.Order}\" value=\"{footnote.Order}\">");
            renderer.WriteChildren(footnote);
            renderer.WriteLine("</li>");
        }
        renderer.WriteLine("</ol>");
        renderer.WriteLine("</section>");
    }
}
