using Markdig.Renderers;
using Markdig.Syntax;
using PolicySite.Markdown.Extensions.Footnotes;
using PolicySite.Markdown.Extensions.Permalinks;

namespace PolicySite.Markdown;

/// <summary>Renders a Markdown AST, or a part of one, to HTML with the project's renderers.</summary>
public static class MarkdownHtml
{
    public static string Render(MarkdownObject node) => Write(MarkdownRenderMode.OwnPage, renderer => renderer.Render(node));

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

    private static string Write(MarkdownRenderMode mode, Action<HtmlRenderer> render)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        MarkdownPipelineFactory.Shared.Setup(renderer);
        if (renderer.ObjectRenderers.Find<HtmlNoteLinkRenderer>() is { } notes)
        {
            notes.Mode = mode;
        }
        if (renderer.ObjectRenderers.Find<HtmlParagraphWithPermalinkRenderer>() is { } paragraphs)
        {
            paragraphs.Mode = mode;
        }
        render(renderer);
        writer.Flush();
        return writer.ToString();
    }
}
