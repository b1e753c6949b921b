using System.Runtime.InteropServices;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace PolicySite.Linking;

/// <summary>
/// The links of one page that the resolvers may change, gathered in one walk of its AST before
/// any of them is changed: the resolvers replace, move and remove inlines, and a walk still in
/// progress must not see that. The walk is by index, with no iterator or list for every block:
/// on a large site those made the Link stage mostly GC time. (<see cref="PageLinkFacts"/> takes
/// a page's links from one of these too.)
/// </summary>
internal sealed class LinkCandidates
{
    private readonly List<LinkInline> _sourceLinks = [];
    private readonly List<(Inline Link, string? Section)> _crossReferences = [];

    // Spans, not lists: a foreach over an interface would allocate an enumerator per page. Valid until the next Collect.

    /// <summary>The page's <c>ref:</c> links, in document order.</summary>
    public ReadOnlySpan<LinkInline> SourceLinks => CollectionsMarshal.AsSpan(_sourceLinks);

    /// <summary>
    /// The page's <c>xref:</c> links and <c>&lt;xref:id&gt;</c> autolinks in document order, each
    /// with the id of the top-level section it is in. <c>ref:</c> links are here too: the source
    /// they name may have an <c>xref:</c> URL, which is resolved as a cross-reference in turn.
    /// </summary>
    public ReadOnlySpan<(Inline Link, string? Section)> CrossReferences => CollectionsMarshal.AsSpan(_crossReferences);

    /// <summary>Replaces what the previous page left with the links of <paramref name="document"/>.</summary>
    public void Collect(MarkdownDocument document)
    {
        _sourceLinks.Clear();
        _crossReferences.Clear();
        string? section = null;
        for (var i = 0; i < document.Count; i++)
        {
            var block = document[i];
            // Only a top-level heading starts a section: one inside a note or a quote does not.
            if (block is HeadingBlock heading)
            {
                section = heading.TryGetAttributes()?.Id;
            }
            CollectBlock(block, section);
        }
    }

    private void CollectBlock(Block block, string? section)
    {
        if (block is ContainerBlock container)
        {
            for (var i = 0; i < container.Count; i++)
            {
                CollectBlock(container[i], section);
            }
        }
        else if (block is LeafBlock { Inline: { } inline })
        {
            CollectInlines(inline, section);
        }
    }

    // Depth first, parent before children, as Markdig's Descendants: backlinks keep that order.
    private void CollectInlines(ContainerInline container, string? section)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LinkInline { Url: { } url } link:
                    if (url.StartsWith(SourceLinkResolver.Scheme, StringComparison.Ordinal))
                    {
                        _sourceLinks.Add(link);
                        _crossReferences.Add((link, section));
                    }
                    else if (url.StartsWith(CrossReferenceResolver.Scheme, StringComparison.Ordinal))
                    {
                        _crossReferences.Add((link, section));
                    }
                    break;
                case AutolinkInline autolink when autolink.Url.StartsWith(CrossReferenceResolver.Scheme, StringComparison.Ordinal):
                    _crossReferences.Add((autolink, section));
                    break;
            }
            if (inline is ContainerInline children)
            {
                CollectInlines(children, section);
            }
        }
    }
}
