namespace PolicySite.Content;

/// <summary>The keys every page's front matter has.</summary>
public interface IPageFrontMatter
{
    /// <summary>Stable id: unique across the site, used in URLs and cross-references.</summary>
    string Id { get; }

    string Title { get; }

    /// <summary>One sentence for search results and link previews; taken verbatim from the text.</summary>
    string? Summary { get; }
}
