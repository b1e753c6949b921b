using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;

namespace PolicySite.Markdown.Extensions.CrossReferences;

/// <summary>
/// Lets a body be rendered before the Link stage has resolved its cross-references: the link
/// renderers leave holes for their targets (<see cref="Prerendering.PrerenderedBody"/>).
/// Outside a prerender they are Markdig's own.
/// </summary>
public sealed class CrossReferencesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.Replace<LinkInlineRenderer>(new HtmlCrossReferenceLinkRenderer());
            html.ObjectRenderers.Replace<AutolinkInlineRenderer>(new HtmlCrossReferenceAutolinkRenderer());
        }
    }
}
