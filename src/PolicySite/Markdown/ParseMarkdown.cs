using System.Globalization;
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
    /// <param name="then">
    /// Run on each page (with its index in <paramref name="documents"/>) as soon as it is parsed,
    /// on the same thread: the Link stage's part of one page, after which a one-off build lets the
    /// AST go, so that the ASTs of a large site are never all held at once.
    /// </param>
    public IReadOnlyList<ParsedPage> Run(IReadOnlyList<SourceDocument> documents, DiagnosticBag diagnostics, Action<int, ParsedPage>? then = null)
    {
        var pages = new ParsedPage[documents.Count];
        Parallel.For(0, documents.Count, i =>
        {
            var page = Parse(documents[i], diagnostics);
            then?.Invoke(i, page);
            pages[i] = page;
        });
        return pages;
    }

    /// <summary>
    /// Builds, on a thread-pool thread, the comparer Markdig files link labels and footnotes by
    /// (Unicode case folding: the invariant culture ignoring case and accents). The first
    /// comparison has ICU build a collator from rules, some tens of milliseconds that the first
    /// page with a note would otherwise wait for on the policy site's start-up path.
    /// </summary>
    public static void PrepareLabelComparer() =>
        _ = Task.Run(() => CultureInfo.InvariantCulture.CompareInfo.GetHashCode("note", CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace));

    public static ParsedPage Parse(SourceDocument document, DiagnosticBag diagnostics)
    {
        var body = document.Body;
        FootnoteChecker.Check(document, body, diagnostics);
        if (ParseAst(body) is not { } ast)
        {
            diagnostics.Error(DiagnosticCodes.MarkdownTooDeep,
                "lists, quotes or emphasis are nested too deeply to be a sensible document (Markdig's depth limit); flatten the structure",
                document.Path, document.BodyFirstLine, 1);
            ast = new MarkdownDocument();
        }
        WarnOnScripts(document, ast, diagnostics);
        return new ParsedPage(document, ast, HeadingsOf(ast));
    }

    /// <summary>The AST of <paramref name="markdown"/>, or null when Markdig refuses absurd nesting (thousands of levels) rather than overflow the stack.</summary>
    internal static MarkdownDocument? ParseAst(string markdown)
    {
        try
        {
            return Markdig.Markdown.Parse(markdown, MarkdownPipelineFactory.Shared);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("nested", StringComparison.Ordinal))
        {
            return null;
        }
    }

    /// <summary>The page's sections' headings, as an array: a page keeps them to the end of the build, and a list was one more object each.</summary>
    private static Heading[] HeadingsOf(MarkdownDocument ast)
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
        return headings.Count == 0 ? [] : headings.ToArray();
    }

    /// <summary>
    /// Warns at every raw HTML block or inline that holds a script. One walk with a stack of its
    /// own: Markdig's Descendants() makes an iterator for every container on the way.
    /// </summary>
    private static void WarnOnScripts(SourceDocument document, MarkdownDocument ast, DiagnosticBag diagnostics)
    {
        var pending = new Stack<MarkdownObject>();
        pending.Push(ast);
        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case HtmlBlock block:
                    Warn(block.Lines.ToString(), block.Line, block.Column);
                    break;
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--)
                    {
                        pending.Push(container[i]);
                    }
                    break;
                case LeafBlock { Inline: { } inline }:
                    pending.Push(inline);
                    break;
                case Markdig.Syntax.Inlines.HtmlInline html:
                    Warn(html.Tag, html.Line, html.Column);
                    break;
                case Markdig.Syntax.Inlines.ContainerInline inlines:
                    for (var child = inlines.LastChild; child is not null; child = child.PreviousSibling)
                    {
                        pending.Push(child);
                    }
                    break;
            }
        }

        void Warn(string text, int line, int column)
        {
            if (text.Contains("<script", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Warning(DiagnosticCodes.RawScript,
                    "raw <script> in Markdown: the site's Content-Security-Policy blocks inline scripts; put behaviour in theme/assets/js instead",
                    document.Path, document.BodyFirstLine + line, column + 1);
            }
        }
    }
}
