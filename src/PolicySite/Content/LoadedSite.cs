using PolicySite.Configuration;

namespace PolicySite.Content;

/// <summary>Everything the Load stage read from <c>input/</c>, in a stable order.</summary>
public sealed record LoadedSite(
    SiteConfig Config,
    IReadOnlyList<SourceDocument> Documents,
    IReadOnlyList<ReferenceSource> References);
