namespace PolicySite.Content;

/// <summary>One table of the annex; its id is addressable as <c>annex#&lt;id&gt;</c>.</summary>
public sealed record AnnexTable
{
    public required string Id { get; init; }

    /// <summary>The table's caption.</summary>
    public required string Title { get; init; }

    /// <summary>Column headings, one per cell of each row.</summary>
    public required List<string> Columns { get; init; }

    public List<AnnexRow> Rows { get; init; } = [];
}
