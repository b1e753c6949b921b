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
}
