using Markdig.Syntax;
using PolicySite.Content;

namespace PolicySite.Markdown;

/// <summary>A source document with its Markdown parsed. The AST is adjusted by the Link stage, then rendered.</summary>
public sealed record ParsedPage(SourceDocument Source, MarkdownDocument Ast, IReadOnlyList<Heading> Headings);
