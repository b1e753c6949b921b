namespace PolicySite.Content;

/// <summary>A Markdown file from <c>input/</c>: its typed front matter and its body.</summary>
public sealed record SourceDocument(
    string Path,
    PageKind Kind,
    IPageFrontMatter FrontMatter,
    string Body,
    int BodyFirstLine,
    EventDetails? Event = null)
{
    public string Id => FrontMatter.Id;

    /// <summary>Position in the document's reading order, or null for pages outside it (events).</summary>
    public int? Order => FrontMatter switch
    {
        ChapterFrontMatter chapter => chapter.Order,
        ObjectiveFrontMatter objective => objective.Order,
        _ => null,
    };
}
