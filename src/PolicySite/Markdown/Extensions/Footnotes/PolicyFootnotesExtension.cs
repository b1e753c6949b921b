using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;

namespace PolicySite.Markdown.Extensions.Footnotes;

/// <summary>
/// Keeps Markdig's footnote parsing and replaces its HTML with accessible endnote markup
/// (<c>fn-N</c> ids, DPUB-ARIA roles, labels a screen reader can say).
/// </summary>
public sealed class PolicyFootnotesExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html)
        {
            html.ObjectRenderers.Replace<HtmlFootnoteGroupRenderer>(new HtmlNotesRenderer());
            html.ObjectRenderers.Replace<HtmlFootnoteLinkRenderer>(new HtmlNoteLinkRenderer());
        }
    }
}
