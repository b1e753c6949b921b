using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PolicySite.Markdown.Extensions.Permalinks;

/// <summary>
/// Renders a discreet "link to this paragraph" after every paragraph of a page's text that has
/// an id (the Link stage gives them one), so that readers can cite a paragraph precisely.
/// </summary>
public sealed class ParagraphPermalinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.Replace<ParagraphRenderer>(new HtmlParagraphWithPermalinkRenderer());
        }
    }
}
