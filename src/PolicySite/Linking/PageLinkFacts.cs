using Markdig.Syntax.Inlines;
using PolicySite.Markdown;

namespace PolicySite.Linking;

/// <summary>
/// What the Link stage needs from a page's AST, taken as soon as the page is parsed: its paragraph
/// anchors (given to the AST here), its notes' numbers and its links. With these the AST itself
/// can go at once, and a 5,000-page build never holds more than a few pages' ASTs.
/// </summary>
internal sealed record PageLinkFacts(
    IReadOnlyList<ParagraphAnchor> Anchors,
    IReadOnlyList<int> NoteOrders,
    IReadOnlyList<LinkFact> Links)
{
    /// <param name="candidates">Filled with the page's links, which the caller may go on to resolve in the same AST (<see cref="BodyPrerenderer"/>).</param>
    public static PageLinkFacts Take(ParsedPage page, LinkCandidates candidates)
    {
        var anchors = ParagraphAnchors.Assign(page);
        var ast = page.Ast;
        candidates.Collect(ast);
        var links = new LinkFact[candidates.CrossReferences.Length];
        for (var i = 0; i < links.Length; i++)
        {
            var (link, section) = candidates.CrossReferences[i];
            var url = link is AutolinkInline autolink ? autolink.Url : ((LinkInline)link).Url!;
            var note = url.StartsWith(SourceLinkResolver.Scheme, StringComparison.Ordinal) ? SourceLinkResolver.NoteContaining(link)?.Order : null;
            links[i] = new LinkFact(url, link.Line, link.Column, section, note);
        }
        // Markdig's numbers of the page's notes, in the order of its note group.
        return new PageLinkFacts(anchors, DocumentNotes.Of(ast).Select(n => n.Order).ToArray(), links);
    }
}
