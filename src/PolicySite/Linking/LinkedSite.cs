using PolicySite.Configuration;
using PolicySite.Content;
using PolicySite.Pages;

namespace PolicySite.Linking;

/// <summary>
/// The site after the Link stage: every page routed and in order, notes numbered across the
/// document, sources resolved. From here on all documents are known.
/// </summary>
public sealed record LinkedSite(
    SiteConfig Config,
    IReadOnlyList<LinkedPage> ReadingOrder,
    IReadOnlyList<LinkedPage> Events,
    IReadOnlyList<ReferenceSource> References,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<GeneratedPage> Generated,
    SiteIndex Index,
    IReadOnlyList<Backlink> Backlinks)
{
    /// <summary>Which events relate to which parts of the policy.</summary>
    public IReadOnlyList<EventRelation> Relations { get; init; } = [];

    // Built once: generated pages and page models look pages up by id many times, in parallel.
    private readonly Dictionary<string, LinkedPage> _byId = ReadingOrder.Concat(Events).ToDictionary(p => p.Id, StringComparer.Ordinal);

    /// <summary>A routed page by its id, or null.</summary>
    public LinkedPage? Page(string id) => _byId.GetValueOrDefault(id);

    public IEnumerable<LinkedPage> AllPages => ReadingOrder.Concat(Events);
}
