using PolicySite.Search;
using PolicySite.Validation;

namespace PolicySite.Inspect;

/// <summary>The facts of every rendered page, by output path, and the search sections of all of them in index order.</summary>
public sealed class SiteFacts
{
    internal SiteFacts(IReadOnlyDictionary<string, PageFacts> pages, IReadOnlyList<SearchRecord> sections)
    {
        Pages = pages;
        Links = pages.ToDictionary(p => p.Key, p => p.Value.Links, StringComparer.Ordinal);
        SearchSections = sections;
    }

    public IReadOnlyDictionary<string, PageFacts> Pages { get; }

    /// <summary>Every page's ids and links, by output path.</summary>
    public IReadOnlyDictionary<string, PageLinks> Links { get; }

    internal IReadOnlyList<SearchRecord> SearchSections { get; }
}
