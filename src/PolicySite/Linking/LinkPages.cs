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

    public LinkedSite Run(LoadedSite site, IReadOnlyList<ParsedPage> parsed, LinkContext context, DiagnosticBag diagnostics) =>
        Run(site, parsed, null, context, diagnostics);

    /// <summary>
    /// The part of Link that needs one page alone, run by the Parse stage on each page as soon as
    /// it is parsed (<see cref="ParseMarkdown.Run"/>): anchors its paragraphs and takes what the rest
    /// of Link needs from its AST. With <paramref name="unload"/>, the AST then goes
    /// (<see cref="ParsedPage.Unload"/>) unless the approach spine quotes it or it is an event's
    /// (the feed, the calendars and the event's JSON-LD read its text after Render, each on its own),
    /// and with <paramref name="prerender"/> too the page's body is rendered first where it can be.
    /// </summary>
    internal static PageLinkFacts Prepare(ParsedPage page, bool unload, BodyPrerenderer? prerender = null)
    {
        var candidates = new LinkCandidates();
        var facts = PageLinkFacts.Take(page, candidates);
        if (SpineLayout.MayQuote(page) || page.Source.Kind == PageKind.Event)
        {
            page.KeepLoaded();
        }
        if (unload && prerender?.TryPrerender(page, candidates) != true)
        {
            page.Unload();
        }
        return facts;
    }

    /// <param name="facts">Each parsed page's <see cref="Prepare"/>d facts, in the order of <paramref name="parsed"/>; null to prepare them here.</param>
    internal LinkedSite Run(LoadedSite site, IReadOnlyList<ParsedPage> parsed, IReadOnlyList<PageLinkFacts>? facts, LinkContext context, DiagnosticBag diagnostics)
    {
        if (facts is null)
        {
            var prepared = new PageLinkFacts[parsed.Count];
            Parallel.For(0, parsed.Count, i => prepared[i] = Prepare(parsed[i], unload: false));
            facts = prepared;
        }
        var pages = RoutePages(parsed, facts, diagnostics);

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
        ApproachSpine.Link(all, context, diagnostics);

        var generated = generators.SelectMany(g => g.Declare(site, parsed, diagnostics)).ToList();
        generated.AddRange(PageAliases.Declare(pages, generated, diagnostics));
        CheckReservedIds(pages, generated, diagnostics);
        var index = IndexBuilder.Build(all, generated, context.Ui);
        DataReferences.Check(site, index, diagnostics);
        var relations = EventRelations.Resolve(events, index, diagnostics);

        var sources = site.References.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var citationsByPage = new List<Citation>[all.Count];
        var backlinksByPage = new List<Backlink>[all.Count];
        // Checked from each page's facts; the links in its AST change when it is loaded (now, or
        // when it is parsed again to be rendered). Sources first, as a source's URL may be a cross-reference.
        Parallel.For(0, all.Count, i =>
        {
            var page = all[i];
            SourceLinkResolver.Check(page, sources, citationsByPage[i] = [], diagnostics);
            CrossReferenceResolver.Check(page, sources, index, backlinksByPage[i] = [], diagnostics);
            page.Parsed.Change(ast =>
            {
                var candidates = new LinkCandidates();
                candidates.Collect(ast);
                SourceLinkResolver.Apply(candidates, sources);
                CrossReferenceResolver.Apply(candidates, index, context.Urls);
            });
        });
        // Nothing after Link reads a page's links (its anchors and its notes' numbers live on in the
        // index): at 5,000 pages some 25,000 objects that every later full collection marked again.
        foreach (var page in pages)
        {
            page.Facts = page.Facts with { Links = [] };
        }
        var citations = citationsByPage.SelectMany(c => c).ToList();
        // In page order; each page's are its own (they name it as where they come from), each once.
        var backlinks = backlinksByPage.SelectMany(b => b).ToList();

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

    private static List<LinkedPage> RoutePages(IReadOnlyList<ParsedPage> parsed, IReadOnlyList<PageLinkFacts> facts, DiagnosticBag diagnostics)
    {
        var pages = new List<LinkedPage>();
        var byId = new Dictionary<string, ParsedPage>(StringComparer.Ordinal);
        for (var i = 0; i < parsed.Count; i++)
        {
            var page = parsed[i];
            var source = page.Source;
            if (byId.TryGetValue(source.Id, out var first))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateId,
                    $"id '{source.Id}' is already used by {first.Source.Path}; give each page its own id",
                    source.Path, 1, 1);
                continue;
            }
            byId[source.Id] = page;
            pages.Add(new LinkedPage(page, PageRoute.For(source.Kind, source.Id)) { Facts = facts[i] });
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
