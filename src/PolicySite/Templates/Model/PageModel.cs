using PolicySite.Markdown;

namespace PolicySite.Templates.Model;

/// <summary>
/// <c>page</c> in templates. Every page has every member (null where it does not apply), so a
/// layout written for one kind of page cannot trip strict variable checking on another.
/// </summary>
public sealed record PageModel
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public required string Title { get; init; }
    public string? Number { get; init; }
    public required string Url { get; init; }
    public required string CanonicalUrl { get; init; }
    public string? Summary { get; init; }
    public required RawHtml Content { get; init; }
    public IReadOnlyList<Heading> Headings { get; init; } = [];
    public NavLink? Prev { get; init; }
    public NavLink? Next { get; init; }
    public NavLink? Parent { get; init; }
    public string? Objective { get; init; }
    public string? ObjectiveTitle { get; init; }
    public EventModel? Event { get; init; }

    /// <summary>On an event, the parts of the policy it relates to; on a policy page, the events that relate to it.</summary>
    public IReadOnlyList<NavLink> Related { get; init; } = [];

    /// <summary>The pages and sections whose cross-references lead here ("Referred to from").</summary>
    public IReadOnlyList<NavLink> ReferredFrom { get; init; } = [];

    /// <summary>A generated page's own model (the notes, the sources, …); null on Markdown pages.</summary>
    public object? Data { get; init; }
}
