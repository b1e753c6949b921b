using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PolicySite.Markdown.Extensions.Permalinks;

/// <summary>Markdig's paragraph renderer, plus the permalink for top-level paragraphs that have an id.</summary>
public sealed class HtmlParagraphWithPermalinkRenderer : HtmlObjectRenderer<ParagraphBlock>
{
    private readonly ParagraphRenderer _paragraph = new();

    public MarkdownRenderMode Mode { get; set; } = MarkdownRenderMode.OwnPage;

    protected override void Write(HtmlRenderer renderer, ParagraphBlock paragraph)
    {
        if (paragraph.Parent is not MarkdownDocument document || paragraph.GetAttributes().Id is not { } id || renderer.ImplicitParagraph)
        {
            _paragraph.Write(renderer, paragraph);
            return;
        }

        var label = MarkdownLabels.Of(document).ParagraphLink;
        renderer.EnsureLine();
        // Quoted on another page, the paragraph keeps no id (it would clash) and links home.
        if (Mode.IsExcerpt)
        {
            renderer.Write("<p>");
        }
        else
        {
            renderer.Write("<p").WriteAttributes(paragraph).Write('>');
        }
        renderer.WriteLeafInline(paragraph);
        // The home URL carries the site's base path, which comes from site.yml: escaped like any URL.
        renderer.Write(" <a class=\"permalink\" href=\"").WriteEscapeUrl($"{Mode.HomeUrl}#{id}").Write("\"><span class=\"visually-hidden\">")
            .WriteEscape(label)
            .WriteLine("</span><span aria-hidden=\"true\">¶</span></a></p>");
    }
}
