namespace PolicySite.Templates.Model;

/// <summary>
/// <c>spine</c> in templates: the document's two axes as the theme presents them, the objectives
/// (each with its visual theme) and the five parts of the approach, plus the chapters' own
/// summaries for pages that quote them. The same on every page.
/// </summary>
public sealed record SpineModel(
    IReadOnlyList<ThemedObjective> Objectives,
    IReadOnlyDictionary<string, ThemedObjective> ObjectiveByNumeral,
    IReadOnlyList<ApproachPartLink> Parts,
    string? MatrixUrl,
    ChapterSummary? Definition,
    IReadOnlyDictionary<string, ChapterSummary> Chapters);

/// <summary>An objective page and its theme. Without a theme in <c>theme/objectives.yml</c>, <see cref="Icon"/> and <see cref="Header"/> are null and the page takes the site's own colours.</summary>
public sealed record ThemedObjective(
    string Numeral,
    string Title,
    string Statement,
    string Url,
    string CssClass,
    RawHtml? Icon,
    string? Header)
{
    /// <summary>Whether <c>theme/objectives.yml</c> has a theme for this objective.</summary>
    public bool IsThemed => Icon is not null;
}

/// <summary>One part of the five-part approach and the page that sets it out under every objective.</summary>
public sealed record ApproachPartLink(int Number, string Id, string Title, string Url);

/// <summary>A chapter with its summary: one sentence, verbatim from its text (front matter <c>summary</c>).</summary>
public sealed record ChapterSummary(string? Number, string Title, string? Summary, string Url);
