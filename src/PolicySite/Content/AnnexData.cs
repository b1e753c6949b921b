namespace PolicySite.Content;

/// <summary>
/// <c>input/data/annex.yml</c>: facts the document states (programmes, funds, amounts, periods,
/// seats, conferences), as tables whose every row links back to the paragraph that states it.
/// </summary>
public sealed record AnnexData
{
    public List<AnnexTable> Tables { get; init; } = [];
}
