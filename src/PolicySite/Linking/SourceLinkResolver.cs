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

    /// <summary>Resolves the source links <paramref name="candidates"/> collected from <paramref name="page"/>.</summary>
    public static void Resolve(LinkedPage page, LinkCandidates candidates, IReadOnlyDictionary<string, ReferenceSource> sources, List<Citation> citations, DiagnosticBag diagnostics)
    {
        var source = page.Parsed.Source;
        foreach (var link in candidates.SourceLinks)
        {
            var key = link.Url![Scheme.Length..];
            if (!sources.TryGetValue(key, out var reference))
            {
                var known = sources.Keys.Order(StringComparer.Ordinal).ToList();
                diagnostics.Error(DiagnosticCodes.ReferenceUnknown,
                    $"source '{key}' is not in data/references.yml{Suggestion.DidYouMean(key, known)}; add it there or fix the key",
                    source.Path, source.BodyFirstLine + link.Line, link.Column + 1);
                continue;
            }

            var note = NoteContaining(link);
            citations.Add(new Citation(key, page.Id, note?.Order ?? 0));
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
