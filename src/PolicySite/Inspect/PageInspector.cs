using System.Collections.Concurrent;
using PolicySite.Html;
using PolicySite.Publishing;
using PolicySite.Search;
using PolicySite.Validation;

namespace PolicySite.Inspect;

/// <summary>
/// Reads rendered pages for one build, from any thread, as they come out of the render stage,
/// so a page's text is parsed while it is still in hand and never held for a second pass.
/// </summary>
public sealed class PageInspector
{
    private readonly ExtractSections _extract;
    private readonly Dictionary<string, SearchablePage> _searchableByPath = new(StringComparer.Ordinal);

    /// <summary>The searchable pages' paths, each once, in the order of their sections in the index.</summary>
    private readonly List<string> _indexOrder = [];
    private readonly Func<string, string> _ui;
    private readonly ConcurrentDictionary<string, PageFacts> _facts = new(StringComparer.Ordinal);

    /// <summary>Each thread's nodes, used again for every page it reads: nothing read keeps a node.</summary>
    [ThreadStatic]
    private static HtmlTreeNodePool? t_nodes;

    internal PageInspector(ExtractSections extract, IReadOnlyList<SearchablePage> searchable, Func<string, string> ui)
    {
        _extract = extract;
        _ui = ui;
        foreach (var page in searchable)
        {
            // Two pages at one path are an error the build reports (PS0021); the first stands here.
            if (_searchableByPath.TryAdd(page.OutputPath, page))
            {
                _indexOrder.Add(page.OutputPath);
            }
        }
    }

    /// <summary>Reads the page that goes to <paramref name="outputPath"/>; the first page read for a path stands. Nothing read keeps <paramref name="html"/>.</summary>
    public void Inspect(string outputPath, ReadOnlyMemory<char> html)
    {
        var document = HtmlTreeReader.Read(html, t_nodes ??= new HtmlTreeNodePool());
        var target = _searchableByPath.GetValueOrDefault(outputPath);
        _facts.TryAdd(outputPath, new PageFacts(RobotsMeta.IsNoIndex(document), PageLinks.From(document))
        {
            Sections = target is null ? [] : _extract.Extract(document, target, _ui),
            SearchedAs = target,
        });
    }

    /// <summary>
    /// Takes the facts an earlier build read from the same page (same bytes at the same path), if
    /// search sees the page as it did then; otherwise reads <paramref name="content"/> again.
    /// </summary>
    public void Reuse(string outputPath, byte[] content, PageFacts facts)
    {
        if (SameForSearch(facts.SearchedAs, _searchableByPath.GetValueOrDefault(outputPath)))
        {
            _facts.TryAdd(outputPath, facts);
        }
        else
        {
            Inspect(outputPath, System.Text.Encoding.UTF8.GetString(content).AsMemory());
        }
    }

    private static bool SameForSearch(SearchablePage? before, SearchablePage? now) =>
        before is null || now is null
            ? before is null && now is null
            : before with { Crumbs = now.Crumbs } == now && before.Crumbs.SequenceEqual(now.Crumbs, StringComparer.Ordinal);

    /// <summary>The facts of every page read, with the search sections in the order of the searchable pages, so the index is the same on every build.</summary>
    /// <remarks>
    /// It runs on one core between Render and Emit, so it copies nothing it need not: the facts
    /// stay in the dictionary they were read into, and the sections go into a list made at their
    /// number (at 5,000 pages, 36,000 sections; a copied dictionary and a growing list took 8 ms).
    /// </remarks>
    public SiteFacts Finish()
    {
        var count = 0;
        foreach (var path in _indexOrder)
        {
            count += _facts.TryGetValue(path, out var facts) ? facts.Sections.Count : 0;
        }
        var sections = new List<SearchRecord>(count);
        foreach (var path in _indexOrder)
        {
            if (_facts.TryGetValue(path, out var facts))
            {
                sections.AddRange(facts.Sections);
            }
        }
        return new SiteFacts(_facts, sections);
    }
}
