using PolicySite.Linking;

namespace PolicySite.Pages;

/// <summary>
/// A page the build makes from what it knows rather than from a Markdown file: the home page,
/// the notes, the sources, the approach pages. It is declared during linking (so it can be
/// linked to) and its data is built at render time, when every page is known.
/// </summary>
public sealed record GeneratedPage(
    string Id,
    string Layout,
    PageRoute Route,
    PageTitle Title,
    Func<PageDataContext, object?> Data)
{
    public string? Summary { get; init; }

    /// <summary>Parts of the page that cross-references may address as <c>page#anchor</c> (id, title).</summary>
    public IReadOnlyList<(string Id, string Title)> Anchors { get; init; } = [];

    /// <summary>Where the page's content comes from, for diagnostics (e.g. Chapter III for the approach pages).</summary>
    public string? SourcePath { get; init; }
}
