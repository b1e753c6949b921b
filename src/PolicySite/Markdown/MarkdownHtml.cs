using Markdig.Renderers;
using Markdig.Syntax;
using PolicySite.Markdown.Extensions.Footnotes;
using PolicySite.Markdown.Extensions.Permalinks;

namespace PolicySite.Markdown;

/// <summary>Renders a Markdown AST, or a part of one, to HTML with the project's renderers.</summary>
public static class MarkdownHtml
{
    public static string Render(MarkdownObject node) => Write(MarkdownRenderMode.OwnPage, renderer => renderer.Render(node));

    /// <summary>
    /// Renders a page's body into <paramref name="writer"/> as <see cref="Render"/> would return it:
    /// the render stage writes it into a buffer of the page's rather than make a string of it.
    /// </summary>
    public static void RenderInto(MarkdownObject node, TextWriter writer)
    {
        var renderer = Take(MarkdownRenderMode.OwnPage);
        var own = renderer.Writer;
        renderer.Writer = writer;
        renderer.Render(node);
        writer.Flush();
        renderer.Writer = own;
        t_renderer = renderer;
    }

    /// <summary>The HTML of a block's children, e.g. a note's text without its <c>li</c>.</summary>
    public static string RenderChildren(ContainerBlock block, MarkdownRenderMode mode) =>
        Write(mode, renderer => renderer.WriteChildren(block));

    /// <summary>The HTML of some blocks of a page, e.g. one section quoted on another page.</summary>
    public static string RenderBlocks(IEnumerable<Block> blocks, MarkdownRenderMode mode) =>
        Write(mode, renderer =>
        {
            foreach (var block in blocks)
            {
                renderer.Render(block);
            }
        });

    /// <summary>
    /// One renderer per thread, with its writer, kept between calls: a renderer sets up some twenty
    /// object renderers, and a fresh writer grows its buffer again for every page (on a 5,000-page
    /// build, tens of KB a page that the collector then has to clear away).
    /// </summary>
    [ThreadStatic]
    private static HtmlRenderer? t_renderer;

    private static string Write(MarkdownRenderMode mode, Action<HtmlRenderer> render)
    {
        var renderer = Take(mode);
        render(renderer);
        var writer = (StringWriter)renderer.Writer;
        writer.Flush();
        var html = writer.ToString();
        // Kept only after a render that finished: one that threw may have left it mid-element.
        writer.GetStringBuilder().Clear();
        t_renderer = renderer;
        return html;
    }

    /// <summary>The thread's renderer, set up for <paramref name="mode"/>; the caller gives it back (t_renderer) once its render finished.</summary>
    private static HtmlRenderer Take(MarkdownRenderMode mode)
    {
        // A render that starts another (a quoted section's notes) gets a renderer of its own.
        var renderer = t_renderer ?? NewRenderer();
        t_renderer = null;
        if (renderer.ObjectRenderers.Find<HtmlNoteLinkRenderer>() is { } notes)
        {
            notes.Mode = mode;
        }
        if (renderer.ObjectRenderers.Find<HtmlParagraphWithPermalinkRenderer>() is { } paragraphs)
        {
            paragraphs.Mode = mode;
        }
        return renderer;
    }

    private static HtmlRenderer NewRenderer()
    {
        var renderer = new HtmlRenderer(new StringWriter());
        MarkdownPipelineFactory.Shared.Setup(renderer);
        return renderer;
    }
}
