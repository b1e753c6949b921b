namespace PolicySite.Content;

/// <summary>Front matter of <c>input/chapters/*.md</c>: one chapter (I–V) of the document.</summary>
public sealed record ChapterFrontMatter : IPageFrontMatter
{
    public required string Id { get; init; }

    /// <summary>The chapter's Roman numeral as the document prints it.</summary>
    public required string Number { get; init; }

    public required string Title { get; init; }

    /// <summary>Position in the document's reading order, shared with objective pages.</summary>
    public required int Order { get; init; }

    public string? Summary { get; init; }
}
