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

    /// <summary>
    /// Former URL paths of this page (<c>/old/path/</c>): each redirects here, with a 301 where the
    /// host reads <c>_redirects</c> and a page that forwards the reader where it does not. Null
    /// when there are none (so records without aliases compare equal).
    /// </summary>
    public List<string>? Aliases { get; init; }
}
