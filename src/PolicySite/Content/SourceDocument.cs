using System.Text;

namespace PolicySite.Content;

/// <summary>A Markdown file from <c>input/</c>: its typed front matter and its body.</summary>
public sealed record SourceDocument
{
    // UTF-8, as read: half the size of the text as characters, and the text is needed only while
    // the page is parsed (twice in a one-off build: for Link, then to render it).
    private byte[]? _body;

    public SourceDocument(string path, PageKind kind, IPageFrontMatter frontMatter, string body, int bodyFirstLine, EventDetails? @event = null)
        : this(path, kind, frontMatter, Encoding.UTF8.GetBytes(body), bodyFirstLine, @event)
    {
    }

    internal SourceDocument(string path, PageKind kind, IPageFrontMatter frontMatter, byte[] utf8Body, int bodyFirstLine, EventDetails? @event = null)
    {
        Path = path;
        Kind = kind;
        FrontMatter = frontMatter;
        _body = utf8Body;
        BodyFirstLine = bodyFirstLine;
        Event = @event;
    }

    public string Path { get; }

    public PageKind Kind { get; }

    public IPageFrontMatter FrontMatter { get; }

    /// <summary>
    /// The Markdown after the front matter, until a build has let it go with the page's AST
    /// (<see cref="ReleaseBody"/>). Decoded on each read: read it once for each parse.
    /// </summary>
    public string Body => _body is { } utf8 ? Encoding.UTF8.GetString(utf8) : throw new InvalidOperationException(
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

    /// <summary>Lets the text go with the page's AST (<see cref="Markdown.ParsedPage.Release"/>).</summary>
    internal void ReleaseBody() => _body = null;

    /// <summary>What the record prints: not the body, which may have been let go (and is long).</summary>
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Path = ").Append(Path).Append(", Kind = ").Append(Kind).Append(", Id = ").Append(Id);
        return true;
    }
}
