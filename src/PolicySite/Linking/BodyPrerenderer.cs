using PolicySite.Content;
using PolicySite.Markdown;

namespace PolicySite.Linking;

/// <summary>
/// Link's part of one page in a one-off build, as soon as it is parsed: renders the page's body
/// with holes for the notes' numbers and the cross-references' targets, which Render fills in
/// (<see cref="ParsedPage.Prerender"/>). The page is then parsed once, not again to be rendered,
/// and neither its AST nor its text is held until Render. Its source links are resolved first:
/// the sources are known from the start.
/// </summary>
/// <remarks>
/// A page that other pages' generation reads is rendered from its AST as before: the approach
/// spine's and events' (<see cref="ParsedPage.CanUnload"/>), and any page a priority quotes a
/// paragraph of, told from the priorities' ids (<c>page#paragraph</c>; an id without a page could
/// name any page, so then none is prerendered).
/// </remarks>
internal sealed class BodyPrerenderer
{
    private readonly Dictionary<string, ReferenceSource> _sources;
    private readonly MarkdownLabels _labels;
    private readonly HashSet<string> _quotedPages = new(StringComparer.Ordinal);
    private readonly bool _quotesAnyPage;

    public BodyPrerenderer(LoadedSite site, MarkdownLabels labels)
    {
        _sources = site.References.ToDictionary(r => r.Id, StringComparer.Ordinal);
        _labels = labels;
        foreach (var id in site.Priorities?.Value.SelectMany(p => p.Paragraphs) ?? [])
        {
            var hash = id.IndexOf('#');
            if (hash > 0)
            {
                _quotedPages.Add(id[..hash]);
            }
            else
            {
                _quotesAnyPage = true;
            }
        }
    }

    /// <summary>
    /// Prerenders <paramref name="page"/>'s body unless something else reads its AST later; true if
    /// it did. <paramref name="candidates"/> are the links of its AST as it is (<see cref="PageLinkFacts.Take"/>).
    /// </summary>
    public bool TryPrerender(ParsedPage page, LinkCandidates candidates)
    {
        if (!page.CanUnload || _quotesAnyPage || _quotedPages.Contains(page.Source.Id))
        {
            return false;
        }
        var ast = page.Ast;
        _labels.AttachTo(ast);
        SourceLinkResolver.Apply(candidates, _sources);
        page.Prerender(
            MarkdownHtml.Prerender(ast, CrossReferenceResolver.Scheme),
            MarkdownHtml.PrerenderNotes(DocumentNotes.Of(ast).ToList(), CrossReferenceResolver.Scheme));
        return true;
    }
}
