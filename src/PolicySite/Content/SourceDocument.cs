namespace PolicySite.Content;

/// <summary>A Markdown file from <c>input/</c>: its typed front matter and its body.</summary>
public sealed record SourceDocument
{
    private string? _body;

    public SourceDocument(string path, PageKind kind, IPageFrontMatter frontMatter, string body, int bodyFirstLine, EventDetails? @event = null)
    {
        Path = path;
        Kind = kind;
        FrontMatter = frontMatter;
        _body = body;
        BodyFirstLine = bodyFirstLine;
        Event = @event;
    }

    public string Path { get; }

    public PageKind Kind { get; }

    public IPageFrontMatter FrontMatter { get; }

    /// <summary>The Markdown after the front matter, until a build has let it go with the page's AST (<see cref="ReleaseBody"/>).</summary>
    public string Body => _body ?? throw new InvalidOperationException(
        $"the text of {Path} was let go once its page was rendered; a stage after Render must not read it");

    /// <summary>The line of the file the body starts on (1-based).</summary>
    public int BodyFirstLine { get; }

    public EventDetails? Event { get; }

    public string Id => FrontMatter.Id;

    /// <summary>Position in the document's reading order, or null for pages outside it (events).</summary>
    public int? Order => FrontMatter switch
    {
        ChapterFrontMatter chapter => chapter.Order,
        ObjectiveFrontMatter objective => objective.Order,
        _ => null,
    };

    /// <summary>
    /// Lets the text go: after Parse only the AST reads it (its text runs are slices of it), so
    /// it can go with the AST (<see cref="Markdown.ParsedPage.Release"/>).
    /// </summary>
    internal void ReleaseBody() => _body = null;

    /// <summary>What the record prints: not the body, which may have been let go (and is long).</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Path = ").Append(Path).Append(", Kind = ").Append(Kind).Append(", Id = ").Append(Id);
        return true;
    }
}
