using Markdig.Renderers.Html;
using Markdig.Syntax;
using PolicySite.Content;
using PolicySite.Diagnostics;

namespace PolicySite.Markdown;

/// <summary>
/// Stage 2, Parse: each page's Markdown into an AST with the project's extensions, in
/// parallel, and the checks that belong to one page alone (footnote labels, raw scripts).
/// </summary>
public sealed class ParseMarkdown
{
    public IReadOnlyList<ParsedPage> Run(IReadOnlyList<SourceDocument> documents, DiagnosticBag diagnostics)
    {
        var pages = new ParsedPage[documents.Count];
        Parallel.For(0, documents.Count, i => pages[i] = Parse(documents[i], diagnostics));
        return pages;
    }

    public static ParsedPage Parse(SourceDocument document, DiagnosticBag diagnostics)
    {
        FootnoteChecker.Check(document, diagnostics);
        MarkdownDocument ast;
        try
        {
            ast = Markdig.Markdown.Parse(document.Body, MarkdownPipelineFactory.Shared);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("nested", StringComparison.Ordinal))
        {
            // Markdig refuses absurd nesting (thousands of levels) rather than overflow the stack.
            diagnostics.Error(DiagnosticCodes.MarkdownTooDeep,
                "lists, quotes or emphasis are nested too deeply to be a sensible document (Markdig's depth limit); flatten the structure",
                document.Path, document.BodyFirstLine, 1);
            ast = new MarkdownDocument();
        }
        WarnOnScripts(document, ast, diagnostics);
        return new ParsedPage(document, ast, HeadingsOf(ast));
    }

    private static List<Heading> HeadingsOf(MarkdownDocument ast)
    {
        var headings = new List<Heading>();
        // Only top-level headings: a heading inside a note or a quote is not a section of the page.
        foreach (var heading in ast.OfType<HeadingBlock>())
        {
            var id = heading.GetAttributes().Id;
            if (id is not null)
            {
                headings.Add(new Heading(id, PlainText.Of(heading.Inline), heading.Level));
            }
        }
        return headings;
    }

    private static void WarnOnScripts(SourceDocument document, MarkdownDocument ast, DiagnosticBag diagnostics)
    {
        foreach (var node in ast.Descendants())
        {
            var (text, line, column) = node switch
            {
                HtmlBlock block => (block.Lines.ToString(), block.Line, block.Column),
                Markdig.Syntax.Inlines.HtmlInline inline => (inline.Tag, inline.Line, inline.Column),
                _ => (null, 0, 0),
            };
            if (text is not null && text.Contains("<script", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Warning(DiagnosticCodes.RawScript,
                    "raw <script> in Markdown: the site's Content-Security-Policy blocks inline scripts; put behaviour in theme/assets/js instead",
                    document.Path, document.BodyFirstLine + line, column + 1);
            }
        }
    }
}
