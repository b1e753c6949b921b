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
}
