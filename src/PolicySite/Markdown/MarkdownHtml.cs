using Markdig.Renderers;
using Markdig.Syntax;
using PolicySite.Markdown.Extensions.Footnotes;

namespace PolicySite.Markdown;

/// <summary>Renders a Markdown AST, or a part of one, to HTML with the project's renderers.</summary>
public static class MarkdownHtml
{
    public static string Render(MarkdownObject node, bool withBackLinks = true)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        MarkdownPipelineFactory.Shared.Setup(renderer);
        if (!withBackLinks && renderer.ObjectRenderers.Find<HtmlNoteLinkRenderer>() is { } notes)
        {
            notes.WithBackLinks = false;
        }
        renderer.Render(node);
        writer.Flush();
        return writer.ToString();
    }

    /// <summary>The HTML of a block's children, e.g. a note's text without its <c>li</c>.</summary>
    public static string RenderChildren(ContainerBlock block, bool withBackLinks = true)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        MarkdownPipelineFactory.Shared.Setup(renderer);
        if (!withBackLinks && renderer.ObjectRenderers.Find<HtmlNoteLinkRenderer>() is { } notes)
        {
            notes.WithBackLinks = false;
        }
        renderer.WriteChildren(block);
        writer.Flush();
        return writer.ToString();
    }
}
