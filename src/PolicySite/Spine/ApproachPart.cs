namespace PolicySite.Spine;

/// <summary>One part of the five-part approach of Chapter III, by the heading id every objective page uses for it.</summary>
public sealed record ApproachPart(string Id, int Number)
{
    /// <summary>The five parts, in the document's order. The ids are the content's contract (README).</summary>
    public static IReadOnlyList<ApproachPart> All { get; } =
    [
        new("nexus", 1),
        new("dialogue", 2),
        new("partnerships", 3),
        new("multilateral", 4),
        new("law-and-norms", 5),
    ];

    public string PageId => $"approach-{Id}";

    public string Url => $"approach/{Id}/";
}
