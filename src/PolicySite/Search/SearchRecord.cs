namespace PolicySite.Search;

/// <summary>
/// One searchable section: the part of a page from one heading (with an id) to the next, or one
/// addressable item of a list (a note, a source). What a search result shows and links to.
/// </summary>
/// <param name="Url">Where the section is, with the base path and the section's <c>#anchor</c> (none for a page's introduction).</param>
/// <param name="PageTitle">The title of the page it is on.</param>
/// <param name="Heading">The section's heading (the page title for the introduction before the first heading).</param>
/// <param name="Breadcrumb">Where it sits, e.g. <c>IV › Democracy › 3 Stronger partnerships…</c>; the last part is the heading.</param>
/// <param name="Objective">The policy objective (I, II, III) the section belongs to, for filtering; null elsewhere.</param>
/// <param name="Text">The section's text, blocks separated by line breaks; no chrome, no decoration.</param>
/// <param name="Paragraphs">The blocks with an id (paragraph anchors) and where each starts in <paramref name="Text"/>.</param>
/// <param name="Weight">How much a match here counts against the same match elsewhere (pages that quote others count less).</param>
internal sealed record SearchRecord(
    string Url,
    string PageTitle,
    string Heading,
    IReadOnlyList<string> Breadcrumb,
    string? Objective,
    string Text,
    IReadOnlyList<(string Id, int Start)> Paragraphs,
    double Weight = 1.0);
