using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PolicySite.Content;
using PolicySite.Diagnostics;

namespace PolicySite.Linking;

/// <summary>
/// Resolves <c>[text](ref:key)</c> links to the sources in <c>data/references.yml</c>: a link to
/// the source's URL where it has one, else a citation in text (never a dead link), and records
/// which note cites which source for the sources page.
/// </summary>
internal static class SourceLinkResolver
{
    public const string Scheme = "ref:";

    /// <summary>
    /// Checks the page's source links (<see cref="PageLinkFacts"/>): reports a key that is not in
    /// references.yml and records which note cites which source.
    /// </summary>
    public static void Check(LinkedPage page, IReadOnlyDictionary<string, ReferenceSource> sources, List<Citation> citations, DiagnosticBag diagnostics)
    {
        var source = page.Parsed.Source;
        foreach (var link in page.Facts.Links)
        {
            if (!link.IsSource)
            {
                continue;
            }
            var key = link.Url[Scheme.Length..];
            if (!sources.ContainsKey(key))
            {
                var known = sources.Keys.Order(StringComparer.Ordinal).ToList();
                diagnostics.Error(DiagnosticCodes.ReferenceUnknown,
                    $"source '{key}' is not in data/references.yml{Suggestion.DidYouMean(key, known)}; add it there or fix the key",
                    source.Path, source.BodyFirstLine + link.Line, link.Column + 1);
                continue;
            }
            citations.Add(link.Note is { } note
                ? new Citation(key, page.Id, note + page.NoteOffset)
                : new Citation(key, page.Id, 0, link.Section));
        }
    }

    /// <summary>Gives each source link <paramref name="candidates"/> collected its source's URL, or shows it as a citation in text.</summary>
    public static void Apply(LinkCandidates candidates, IReadOnlyDictionary<string, ReferenceSource> sources)
    {
        foreach (var link in candidates.SourceLinks)
        {
            if (!sources.TryGetValue(link.Url![Scheme.Length..], out var reference))
            {
                continue;
            }
            if (reference.Url is not null)
            {
                link.Url = reference.Url;
            }
            else
            {
                ShowAsText(link);
            }
        }
    }

    internal static Footnote? NoteContaining(Inline inline)
    {
        var root = inline;
        while (root.Parent is { } parent)
        {
            root = parent;
        }
        Block? block = (root as ContainerInline)?.ParentBlock;
        while (block is not null and not Footnote)
        {
            block = block.Parent;
        }
        return block as Footnote;
    }

    /// <summary>A source whose link target was lost keeps its title as a citation, never a dead link.</summary>
    private static void ShowAsText(LinkInline link)
    {
        Inline last = new HtmlInline("<cite class=\"source\">");
        link.InsertBefore(last);
        while (link.FirstChild is { } child)
        {
            child.Remove();
            last.InsertAfter(child);
            last = child;
        }
        last.InsertAfter(new HtmlInline("</cite>"));
        link.Remove();
    }
}
