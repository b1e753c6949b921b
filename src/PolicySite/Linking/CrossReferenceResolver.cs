using Markdig.Syntax.Inlines;
using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Markdown.Prerendering;
using PolicySite.Templates;

namespace PolicySite.Linking;

/// <summary>
/// Resolves cross-references, <c>[text](xref:id)</c> and <c>&lt;xref:id&gt;</c>, against the site
/// index: the link gets the target's URL, and an empty or bare link gets the target's title as
/// its text. Unknown ids (with a "did you mean") and ambiguous ids (with every candidate) are
/// errors at the link's line and column. Each resolved link is recorded as a backlink.
/// </summary>
internal static class CrossReferenceResolver
{
    public const string Scheme = "xref:";

    /// <summary>
    /// Checks the page's cross-references (<see cref="PageLinkFacts"/>), including a source link
    /// whose source's URL is one: reports an unknown or ambiguous id and records each link to
    /// another page as a backlink.
    /// </summary>
    public static void Check(LinkedPage page, IReadOnlyDictionary<string, ReferenceSource> sources, SiteIndex index, List<Backlink> backlinks, DiagnosticBag diagnostics)
    {
        var source = page.Parsed.Source;
        foreach (var link in page.Facts.Links)
        {
            // What SourceLinkResolver.Apply leaves in the link: its source's URL, if it has one.
            var url = link.IsSource ? sources.GetValueOrDefault(link.Url[SourceLinkResolver.Scheme.Length..])?.Url : link.Url;
            if (url is null || !url.StartsWith(Scheme, StringComparison.Ordinal))
            {
                continue;
            }
            if (Target(url[Scheme.Length..], index, source.Path, source.BodyFirstLine + link.Line, link.Column + 1, diagnostics) is not { } target)
            {
                continue;
            }
            if (target.PageId == page.Id)
            {
                continue;
            }
            // Each once, where it first occurs; a page has a handful, so a look through the list is enough.
            var backlink = new Backlink(target.PageId, page.Id, link.Section, source.FrontMatter.Title);
            if (!backlinks.Contains(backlink))
            {
                backlinks.Add(backlink);
            }
        }
    }

    /// <summary>
    /// Gives each cross-reference <paramref name="candidates"/> collected its target's URL, and an
    /// empty or bare link its target's title; after <see cref="SourceLinkResolver.Apply"/>.
    /// </summary>
    public static void Apply(LinkCandidates candidates, SiteIndex index, SiteUrls urls)
    {
        foreach (var (candidate, _) in candidates.CrossReferences)
        {
            // <xref:id> parses as an autolink: it becomes an ordinary link, titled by its target below.
            var link = candidate is AutolinkInline autolink ? Replace(autolink) : (LinkInline)candidate;
            // Checked now, not when collected: a source link resolved just before may have left the
            // tree (its Url still ref:) or taken its source's URL, which may be a cross-reference.
            if (link.Url is not { } url || !url.StartsWith(Scheme, StringComparison.Ordinal)
                || Resolve(url[Scheme.Length..], index, urls) is not { } target)
            {
                continue;
            }

            link.Url = target.Url;
            if (link.IsAutoLink || link.FirstChild is null)
            {
                while (link.FirstChild is { } child)
                {
                    child.Remove();
                }
                link.IsAutoLink = false;
                link.AppendChild(new LiteralInline(target.Title));
            }
        }
    }

    /// <summary>
    /// What a link to <c>xref:<paramref name="id"/></c> becomes: its one target's URL on the site
    /// and its title; null when the id names no target or several (<see cref="Check"/> reports those).
    /// The same for a link in an AST (<see cref="Apply"/>) and a hole in a prerendered body.
    /// </summary>
    public static CrossReferenceTarget? Resolve(string id, SiteIndex index, SiteUrls urls) =>
        index.Find(id) is [var target] ? new CrossReferenceTarget(urls.Path(target.Url), target.Title) : null;

    /// <summary>The one target an id names, or null after reporting why there is none.</summary>
    public static IndexTarget? Target(string id, SiteIndex index, string file, int line, int column, DiagnosticBag diagnostics)
    {
        var targets = index.Find(id);
        switch (targets.Count)
        {
            case 1:
                return targets[0];
            case 0:
                diagnostics.Error(DiagnosticCodes.CrossReferenceUnknown,
                    $"cross-reference 'xref:{id}' matches nothing{Suggestion.DidYouMean(id, index.Ids)}; use a page id, page#section, or note-N",
                    file, line, column);
                return null;
            default:
                var candidates = string.Join(", ", targets.Select(t => t.Id));
                diagnostics.Error(DiagnosticCodes.CrossReferenceAmbiguous,
                    $"cross-reference 'xref:{id}' is ambiguous: it matches {candidates}; qualify it as page#section",
                    file, line, column);
                return null;
        }
    }

    private static LinkInline Replace(AutolinkInline autolink)
    {
        var link = new LinkInline(autolink.Url, "") { Line = autolink.Line, Column = autolink.Column, Span = autolink.Span };
        autolink.ReplaceBy(link);
        return link;
    }
}
