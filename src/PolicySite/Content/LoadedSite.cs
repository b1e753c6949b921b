using PolicySite.Configuration;

namespace PolicySite.Content;

/// <summary>Everything the Load stage read from <c>input/</c>, in a stable order.</summary>
public sealed record LoadedSite(
    SiteConfig Config,
    IReadOnlyList<SourceDocument> Documents,
    IReadOnlyList<ReferenceSource> References)
{
    /// <summary><c>data/priorities.yml</c>, when the site has one.</summary>
    public DataFile<List<PriorityData>>? Priorities { get; init; }

    /// <summary><c>data/annex.yml</c>, when the site has one.</summary>
    public DataFile<AnnexData>? Annex { get; init; }
}
