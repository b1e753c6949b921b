using PolicySite.Search;
using PolicySite.Validation;

namespace PolicySite.Inspect;

/// <summary>What the later stages need to know of one rendered page, read from it once.</summary>
/// <param name="NoIndex">Its head asks search engines not to index it (the sitemap leaves it out).</param>
/// <param name="Links">Its ids and links, for link checking.</param>
public sealed record PageFacts(bool NoIndex, PageLinks Links)
{
    /// <summary>Its sections as the search index holds them; none for pages search leaves out.</summary>
    internal IReadOnlyList<SearchRecord> Sections { get; init; } = [];

    /// <summary>The page as search saw it when the sections were read (null if search leaves it out): reused facts must have been read for the same.</summary>
    internal SearchablePage? SearchedAs { get; init; }
}
