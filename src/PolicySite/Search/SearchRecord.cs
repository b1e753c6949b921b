using System.Text;

namespace PolicySite.Search;

/// <summary>
/// One searchable section: the part of a page from one heading (with an id) to the next, or one
/// addressable item of a list (a note, a source). What a search result shows and links to.
/// </summary>
/// <param name="url">Where the section is, with the base path and the section's <c>#anchor</c> (none for a page's introduction).</param>
/// <param name="pageTitle">The title of the page it is on.</param>
/// <param name="heading">The section's heading (the page title for the introduction before the first heading).</param>
/// <param name="breadcrumb">Where it sits, e.g. <c>IV › Democracy › 3 Stronger partnerships…</c>; the last part is the heading.</param>
/// <param name="objective">The policy objective (I, II, III) the section belongs to, for filtering; null elsewhere.</param>
/// <param name="utf8Text">The section's text as UTF-8, blocks separated by line breaks; no chrome, no decoration.</param>
/// <param name="textLength">The text's length in UTF-16 code units.</param>
/// <param name="paragraphs">The blocks with an id (paragraph anchors) and where each starts in the text, in UTF-16 code units.</param>
/// <param name="weight">How much a match here counts against the same match elsewhere (pages that quote others count less).</param>
internal sealed class SearchRecord(
    string url,
    string pageTitle,
    string heading,
    IReadOnlyList<string> breadcrumb,
    string? objective,
    byte[] utf8Text,
    int textLength,
    IReadOnlyList<(string Id, int Start)> paragraphs,
    double weight = 1.0)
{
    /// <summary>A record of text given as a string (tests, and callers off the build's hot path), encoded here.</summary>
    /// <param name="text">The section's text, blocks separated by line breaks; no chrome, no decoration.</param>
    public SearchRecord(
        string url,
        string pageTitle,
        string heading,
        IReadOnlyList<string> breadcrumb,
        string? objective,
        string text,
        IReadOnlyList<(string Id, int Start)> paragraphs,
        double weight = 1.0)
        : this(url, pageTitle, heading, breadcrumb, objective, Encoding.UTF8.GetBytes(text), text.Length, paragraphs, weight)
    {
    }

    public string Url { get; } = url;

    public string PageTitle { get; } = pageTitle;

    public string Heading { get; } = heading;

    public IReadOnlyList<string> Breadcrumb { get; } = breadcrumb;

    public string? Objective { get; } = objective;

    /// <summary>
    /// The text as UTF-8, as the index writes it. A build holds every section of the site until
    /// the index is written; as .NET strings they were twice the size (~100 MiB at 5,000 pages).
    /// </summary>
    public byte[] Utf8Text { get; } = utf8Text;

    /// <summary>The text's length in UTF-16 code units, the unit of <see cref="Paragraphs"/>' starts (and of JavaScript's strings).</summary>
    public int TextLength { get; } = textLength;

    /// <summary>The text, decoded on each call (for readers outside the build's hot path).</summary>
    public string Text => Encoding.UTF8.GetString(Utf8Text);

    public IReadOnlyList<(string Id, int Start)> Paragraphs { get; } = paragraphs;

    public double Weight { get; } = weight;
}
