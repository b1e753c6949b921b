namespace PolicySite.Content;

/// <summary>
/// Front matter of <c>input/objectives/*.md</c>: one of Chapter IV's themed parts, each
/// pursuing one objective through the five-part approach.
/// </summary>
public sealed record ObjectiveFrontMatter : IPageFrontMatter
{
    public required string Id { get; init; }

    /// <summary>The objective's Roman numeral ("I", "II", "III").</summary>
    public required string Objective { get; init; }

    /// <summary>The theme's heading ("Human rights").</summary>
    public required string Title { get; init; }

    /// <summary>The objective's statement, verbatim.</summary>
    public required string ObjectiveTitle { get; init; }

    public required int Order { get; init; }

    public string? Summary { get; init; }

    /// <summary>
    /// Former URL paths of this page (<c>/old/path/</c>): each redirects here, with a 301 where the
    /// host reads <c>_redirects</c> and a page that forwards the reader where it does not. Null
    /// when there are none (so records without aliases compare equal).
    /// </summary>
    public List<string>? Aliases { get; init; }
}
