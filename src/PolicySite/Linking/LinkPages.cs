using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Markdown;
using PolicySite.Pages;

namespace PolicySite.Linking;

/// <summary>
/// Stage 3, Link, the barrier after which all pages are known: routes every page, puts the
/// document in reading order, numbers the notes across the whole document, and resolves
/// <c>ref:</c> links to the sources in <c>data/references.yml</c>.
/// </summary>
public sealed class LinkPages(IReadOnlyList<IPageGenerator> generators)
{
    public const string ReferenceScheme = "ref:";

    /// <summary>The generators of the pages every PolicySite site has.</summary>
    public static IReadOnlyList<IPageGenerator> DefaultGenerators { get; } =
    [
        new SitePagesGenerator(),
        new NotesPageGenerator(),
        new ReferencesPageGenerator(),
    ];

    public LinkPages()
        : this(DefaultGenerators)
    {
    }

    public LinkedSite Run(LoadedSite site, IReadOnlyList<ParsedPage> parsed, DiagnosticBag diagnostics)
    {
        var pages = RoutePages(parsed, diagnostics);

        var readingOrder = pages
            .Where(p => p.Parsed.Source.Order is not null)
            .OrderBy(p => p.Parsed.Source.Order)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        var events = pages
            .Where(p => p.Parsed.Source.Kind == PageKind.Event)
            .OrderBy(p => p.Parsed.Source.Event!.Start)
            .ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();

        ConnectReadingOrder(readingOrder);
        NumberNotes(readingOrder);

        var sources = site.References.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var citations = new List<Citation>();
        foreach (var page in readingOrder.Concat(events))
        {
            ResolveSourceLinks(page, sources, citations, diagnostics);
        }

        var generated = generators.SelectMany(g => g.Declare(site, parsed, diagnostics)).ToList();
        var ids = pages.ToDictionary(p => p.Id, p => p.Parsed.Source.Path, StringComparer.Ordinal);
        foreach (var page in generated)
        {
            if (ids.TryGetValue(page.Id, out var path))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateId,
                    $"id '{page.Id}' is reserved for a page the build generates; choose another id", path, 1, 1);
            }
        }

        return new LinkedSite(site.Config, readingOrder, events, site.References, citations, generated);
    }

    private static List<LinkedPage> RoutePages(IReadOnlyList<ParsedPage> parsed, DiagnosticBag diagnostics)
    {
        var pages = new List<LinkedPage>();
        var byId = new Dictionary<string, ParsedPage>(StringComparer.Ordinal);
        foreach (var page in parsed)
        {
            var source = page.Source;
            if (byId.TryGetValue(source.Id, out var first))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateId,
                    $"id '{source.Id}' is already used by {first.Source.Path}; give each page its own id",
                    source.Path, 1, 1);
                continue;
            }
            byId[source.Id] = page;
            pages.Add(new LinkedPage(page, PageRoute.For(source.Kind, source.Id)));
        }
        return pages;
    }

    private static void ConnectReadingOrder(List<LinkedPage> readingOrder)
    {
        LinkedPage? lastChapter = null;
        for (var i = 0; i < readingOrder.Count; i++)
        {
            var page = readingOrder[i];
            page.Previous = i > 0 ? readingOrder[i - 1] : null;
            page.Next = i + 1 < readingOrder.Count ? readingOrder[i + 1] : null;
            if (page.Parsed.Source.Kind == PageKind.Chapter)
            {
                lastChapter = page;
            }
            else if (page.Parsed.Source.Kind == PageKind.Objective)
            {
                // An objective page belongs to the chapter before it in reading order (Chapter IV).
                page.Parent = lastChapter;
            }
        }
    }

    /// <summary>
    /// Markdig numbers each page's notes from 1 in order of first citation; the document numbers
    /// them across all its pages, so each page's notes are shifted by the notes that precede it.
    /// </summary>
    private static void NumberNotes(List<LinkedPage> readingOrder)
    {
        var offset = 0;
        foreach (var page in readingOrder)
        {
            var notes = page.Parsed.Ast.OfType<FootnoteGroup>().SelectMany(g => g.OfType<Footnote>()).ToList();
            foreach (var note in notes)
            {
                note.Order += offset;
            }
            offset += notes.Count;
        }
    }

    private static void ResolveSourceLinks(LinkedPage page, Dictionary<string, ReferenceSource> sources, List<Citation> citations, DiagnosticBag diagnostics)
    {
        var source = page.Parsed.Source;
        foreach (var link in page.Parsed.Ast.Descendants<LinkInline>().ToList())
        {
            if (link.Url is not { } url || !url.StartsWith(ReferenceScheme, StringComparison.Ordinal))
            {
                continue;
            }
            var key = url[ReferenceScheme.Length..];
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

    private static Footnote? NoteContaining(Inline inline)
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
