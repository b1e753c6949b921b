using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace PolicySite.Markdown;

/// <summary>A document's notes: Markdig puts them in one group at the document's top level, numbered in order of first citation.</summary>
internal static class DocumentNotes
{
    public static IEnumerable<Footnote> Of(MarkdownDocument document) => document.OfType<FootnoteGroup>().SelectMany(g => g.OfType<Footnote>());
}
