namespace PolicySite.Content;

/// <summary>
/// A thematic priority, from <c>input/data/priorities.yml</c>: its name as the document words
/// it, and the paragraphs of the document that deal with it (cross-reference ids), chosen by staff.
/// </summary>
public sealed record PriorityData
{
    /// <summary>Stable id; the page is <c>/priorities/&lt;id&gt;/</c>.</summary>
    public required string Id { get; init; }

    /// <summary>The priority's name, verbatim from the document.</summary>
    public required string Title { get; init; }

    /// <summary>Cross-reference ids (<c>page#paragraph</c>) of the paragraphs that deal with it, in reading order.</summary>
    public List<string> Paragraphs { get; init; } = [];
}
