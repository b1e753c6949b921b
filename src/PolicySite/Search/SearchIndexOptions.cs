namespace PolicySite.Search;

/// <summary>
/// What the search index leaves out and how it weighs what it keeps. The defaults fit the
/// shipped theme; a theme can also mark any element <c>data-search-ignore</c>.
/// </summary>
public sealed record SearchIndexOptions
{
    /// <summary>The options every PolicySite site uses.</summary>
    public static SearchIndexOptions Default { get; } = new();

    /// <summary>
    /// Chrome and decoration inside <c>main</c> that is not the document's text: navigation,
    /// asides, notes under the text (the notes page has them), paragraph permalinks, note
    /// markers, screen-reader helper text, links that only say where something is, and anything
    /// hidden. CSS selectors.
    /// </summary>
    public IReadOnlyList<string> Ignore { get; init; } =
    [
        "[data-search-ignore]", "[hidden]", "[aria-hidden=true]", "nav", "aside", "header", "footer",
        "script", "style", "template", "noscript", "form", "button", "svg",
        ".visually-hidden", ".page-header", ".permalink", ".footnote-ref", ".footnote-back", ".footnotes",
        ".section-links", ".in-context", ".note-cited", ".source-cited", ".event-actions", ".event-past",
        ".back-link", ".excerpt > figcaption", ".annex-table td:last-child",
    ];

    /// <summary>
    /// Layouts of pages that are all chrome or repeat other pages: home, the 404 page, the events
    /// list, the matrix, search itself, and the pages that forward a former address.
    /// </summary>
    public IReadOnlyList<string> ExcludedLayouts { get; init; } = ["home", "404", "search", "events", "matrix", "redirect"];

    /// <summary>
    /// How much a match counts on pages that are not the document's own text, against the same
    /// match in it: pages that quote its paragraphs (priorities, approach parts) and pages that
    /// sum it up or annotate it (annex, notes, sources). Their short entries would otherwise
    /// outrank the paragraph a reader wants to land on. Layouts not listed count fully.
    /// </summary>
    public IReadOnlyDictionary<string, double> LayoutWeights { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        ["priority"] = 0.5,
        ["approach"] = 0.5,
        ["annex"] = 0.7,
        ["notes"] = 0.6,
        ["references"] = 0.6,
    };

    /// <summary>
    /// List items that are addressable things of their own (a note, a source): each becomes a
    /// section of its own, like a heading with an id.
    /// </summary>
    public IReadOnlyList<SearchItemRule> Items { get; init; } =
    [
        new(".notes-list > li[id]", HeadingUiKey: "search_note", NumberAttribute: "value"),
        new(".sources-list > li[id]", HeadingSelector: "cite"),
    ];

    /// <summary>Start a new file of terms once one holds about this many bytes.</summary>
    public int TermShardBytes { get; init; } = 160 * 1024;

    /// <summary>
    /// Start a new file of section texts once one holds about this many bytes: small enough that
    /// showing a page of results on a large site fetches little more than those results.
    /// </summary>
    public int DocumentShardBytes { get; init; } = 24 * 1024;
}

/// <summary>
/// Elements matching <paramref name="Selector"/> (which must have an id) are sections of their
/// own. Their heading is the text of the first descendant matching <paramref name="HeadingSelector"/>,
/// else the UI string <paramref name="HeadingUiKey"/> followed by the value of <paramref name="NumberAttribute"/>
/// ("Note 12").
/// </summary>
public sealed record SearchItemRule(string Selector, string? HeadingSelector = null, string? HeadingUiKey = null, string? NumberAttribute = null);
