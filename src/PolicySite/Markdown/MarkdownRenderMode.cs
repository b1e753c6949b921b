namespace PolicySite.Markdown;

/// <summary>
/// Where rendered Markdown will be shown. On its own page, notes and paragraphs carry their ids;
/// shown elsewhere (the notes page, an approach page quoting an objective's section) they must
/// not repeat ids, and their links lead back to the page they belong to.
/// </summary>
public sealed record MarkdownRenderMode(bool WithBackLinks, string? HomeUrl)
{
    /// <summary>On the page the Markdown belongs to.</summary>
    public static MarkdownRenderMode OwnPage { get; } = new(true, null);

    /// <summary>A note's text on the notes page: no backlinks (their targets are on another page).</summary>
    public static MarkdownRenderMode NoteText { get; } = new(false, null);

    /// <summary>Quoted on another page: links to notes and paragraphs go to <paramref name="homeUrl"/>.</summary>
    public static MarkdownRenderMode Excerpt(string homeUrl) => new(false, homeUrl);

    public bool IsExcerpt => HomeUrl is not null;
}
