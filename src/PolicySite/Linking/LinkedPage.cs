using PolicySite.Markdown;

namespace PolicySite.Linking;

/// <summary>A parsed page with its place in the site: route and neighbours in reading order.</summary>
public sealed record LinkedPage(ParsedPage Parsed, PageRoute Route)
{
    public string Id => Parsed.Source.Id;

    public LinkedPage? Previous { get; internal set; }

    public LinkedPage? Next { get; internal set; }

    /// <summary>The chapter an objective page belongs to (Chapter IV).</summary>
    public LinkedPage? Parent { get; internal set; }

    /// <summary>What Link needs of the page's AST, taken when it was parsed; only its anchors once Link is done.</summary>
    internal PageLinkFacts Facts { get; set; } = null!;

    /// <summary>How many of the document's notes come before this page's (its notes' numbers are Markdig's plus this).</summary>
    internal int NoteOffset { get; set; }
}
