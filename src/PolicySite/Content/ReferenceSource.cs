namespace PolicySite.Content;

/// <summary>A source that footnotes cite, from <c>input/data/references.yml</c>.</summary>
public sealed record ReferenceSource
{
    /// <summary>Key used in footnotes as <c>[text](ref:key)</c>.</summary>
    public required string Id { get; init; }
    public required string Title { get; init; }
    public string? Kind { get; init; }
    public string? Publisher { get; init; }

    /// <summary>Only where the source text gives a real one: no URL is ever invented.</summary>
    public string? Url { get; init; }

    /// <summary>Language of the source when it is not the site's ("nl" for "(in Dutch)").</summary>
    public string? Language { get; init; }
}
