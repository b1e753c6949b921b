namespace PolicySite.Content;

/// <summary>A row of an annex table: the document's words, and the paragraph that states them.</summary>
public sealed record AnnexRow
{
    /// <summary>One value per column, verbatim from the document (empty where it says nothing).</summary>
    public required List<string> Cells { get; init; }

    /// <summary>Cross-reference id of the paragraph that states the row's facts.</summary>
    public required string Source { get; init; }
}
