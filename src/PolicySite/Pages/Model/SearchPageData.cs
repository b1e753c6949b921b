namespace PolicySite.Pages.Model;

/// <summary>
/// <c>page.data</c> of the search page: the objectives results can be filtered by, and the A–Z
/// index of subjects that the page offers when there is no script (and below the results).
/// </summary>
public sealed record SearchPageData(
    IReadOnlyList<SearchObjectiveOption> Objectives,
    IReadOnlyList<SearchLetter> Letters,
    IReadOnlyList<SearchSubjectGroup> Groups);
