using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace PolicySite.Markdown.Extensions.SectionLinks;

/// <summary>Renders the <see cref="SectionLinks"/> of a heading right after it.</summary>
public sealed class SectionLinksExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.Replace<HeadingRenderer>(new HtmlHeadingWithSectionLinksRenderer());
        }
    }
}
