using PolicySite.Search;
using PolicySite.Validation;

namespace PolicySite.Inspect;

/// <summary>The facts of every rendered page, by output path, and the search sections of all of them in index order.</summary>
public sealed class SiteFacts
{
    internal SiteFacts(IReadOnlyDictionary<string, PageFacts> pages, IReadOnlyList<SearchRecord> sections)
    {
        Pages = pages;
        SearchSections = sections;
    }

    public IReadOnlyDictionary<string, PageFacts> Pages { get; }

    /// <summary>The ids and links of the page at <paramref name="outputPath"/>, or null if no page was read there.</summary>
    public PageLinks? LinksOf(string outputPath) => Pages.GetValueOrDefault(outputPath)?.Links;

    internal IReadOnlyList<SearchRecord> SearchSections { get; }
}
