using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Markdown;
using PolicySite.Pages;
using PolicySite.Spine;

namespace PolicySite.Linking;

/// <summary>
/// Stage 3, Link, the barrier after which all pages are known: routes every page, puts the
/// document in reading order, numbers the notes across the whole document, anchors every
/// paragraph, builds the site index, and resolves <c>ref:</c> links to sources and
/// <c>xref:</c> cross-references to their targets.
/// </summary>
public sealed class LinkPages(IReadOnlyList<IPageGenerator> generators)
{
    /// <summary>The generators of the pages every PolicySite site has.</summary>
    public static IReadOnlyList<IPageGenerator> DefaultGenerators { get; } =
    [
        new SitePagesGenerator(),
        new NotesPageGenerator(),
        new ReferencesPageGenerator(),
        new EventsPageGenerator(),
        new ApproachPagesGenerator(),
        new PriorityPagesGenerator(),
        new AnnexPageGenerator(),
        new SearchPageGenerator(),
    ];

    public LinkPages()
        : this(DefaultGenerators)
    {
    }

    public LinkedSite Run(LoadedSite site, IReadOnlyList<ParsedPage> parsed, LinkContext context, DiagnosticBag diagnostics)
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
        var all = readingOrder.Concat(events).ToList();

        ConnectReadingOrder(readingOrder);
        NoteNumbering.Number(readingOrder);
        // Each page's own work is independent of the others': in parallel, gathered in page order.
        var anchors = new IReadOnlyList<(string Id, string SectionId, int Number)>[all.Count];
        Parallel.For(0, all.Count, i => anchors[i] = ParagraphAnchors.Assign(all[i].Parsed));
        ApproachSpine.Link(all, context, diagnostics);

        var generated = generators.SelectMany(g => g.Declare(site, parsed, diagnostics)).ToList();
        generated.AddRange(PageAliases.Declare(pages, generated, diagnostics));
        CheckReservedIds(pages, generated, diagnostics);
        var index = IndexBuilder.Build(all, anchors, generated, context.Ui);
        DataReferences.Check(site, index, diagnostics);
        var relations = EventRelations.Resolve(events, index, diagnostics);

        var sources = site.References.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var citationsByPage = new List<Citation>[all.Count];
        var backlinksByPage = new List<Backlink>[all.Count];
        // Sources first, as a source's URL may be a cross-reference. Each worker reuses one set of candidates.
        Parallel.For(0, all.Count, () => new LinkCandidates(), (i, _, candidates) =>
        {
            var page = all[i];
            candidates.Collect(page.Parsed.Ast);
            SourceLinkResolver.Resolve(page, candidates, sources, citationsByPage[i] = new(candidates.SourceLinks.Length), diagnostics);
            CrossReferenceResolver.Resolve(page, candidates, index, context.Urls, backlinksByPage[i] = new(candidates.CrossReferences.Length), diagnostics);
            // For an AST made again after an unload: the same links change the same way, and what
            // they report (errors, which stop the build before Render) and record was taken here.
            page.Parsed.Record(ast =>
            {
                var again = new LinkCandidates();
                again.Collect(ast);
                SourceLinkResolver.Resolve(page, again, sources, [], new DiagnosticBag());
                CrossReferenceResolver.Resolve(page, again, index, context.Urls, [], new DiagnosticBag());
            });
            return candidates;
        }, _ => { });
        var citations = citationsByPage.SelectMany(c => c).ToList();
        // Each backlink once, where it first occurs, in page order.
        var backlinks = backlinksByPage.SelectMany(b => b).Distinct().ToList();

        return new LinkedSite(site.Config, readingOrder, events, site.References, citations, generated, index, backlinks)
        {
            Relations = relations,
        };
    }

    private static void CheckReservedIds(List<LinkedPage> pages, List<GeneratedPage> generated, DiagnosticBag diagnostics)
    {
        var ids = pages.ToDictionary(p => p.Id, p => p.Parsed.Source.Path, StringComparer.Ordinal);
        foreach (var page in generated)
        {
            if (ids.TryGetValue(page.Id, out var path))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateId,
                    $"id '{page.Id}' is reserved for a page the build generates; choose another id", path, 1, 1);
            }
        }
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
}
