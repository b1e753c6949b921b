using Markdig.Syntax;
using PolicySite.Content;

namespace PolicySite.Markdown;

/// <summary>A source document with its Markdown parsed. The AST is adjusted by the Link stage, then rendered.</summary>
public sealed class ParsedPage(SourceDocument source, MarkdownDocument ast, IReadOnlyList<Heading> headings)
{
    private MarkdownDocument? _ast = ast;

    public SourceDocument Source { get; } = source;

    /// <summary>The page's AST, until the render stage has let it go (<see cref="Release"/>).</summary>
    public MarkdownDocument Ast => _ast ?? throw new InvalidOperationException(
        $"the AST of {Source.Path} was let go once the page was rendered; a stage after Render must not read it");

    public IReadOnlyList<Heading> Headings { get; } = headings;

    /// <summary>
    /// Lets the AST and the source text go once nothing will read them again: on a 5,000-page
    /// site they are some 170 MiB of the ~420 MiB a build holds at its end, and holding them all
    /// to the end only raised its peak.
    /// </summary>
    internal void Release()
    {
        _ast = null;
        Source.ReleaseBody();
    }
}
