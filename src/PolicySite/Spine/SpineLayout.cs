using PolicySite.Content;
using PolicySite.Markdown;

namespace PolicySite.Spine;

/// <summary>
/// The document's 3 × 5 spine: the chapter that defines the five-part approach (the one whose
/// headings carry all five part ids: Chapter III) and the objective pages, in reading order.
/// </summary>
internal sealed record SpineLayout(ParsedPage? Definition, IReadOnlyList<ParsedPage> Objectives)
{
    public static SpineLayout Find(IEnumerable<ParsedPage> pages)
    {
        var list = pages.ToList();
        var definition = list
            .Where(p => p.Source.Kind == PageKind.Chapter)
            .OrderBy(p => p.Source.Order)
            .FirstOrDefault(DefinesTheParts);
        var objectives = list
            .Where(p => p.Source.Kind == PageKind.Objective)
            .OrderBy(p => p.Source.Order)
            .ThenBy(p => p.Source.Id, StringComparer.Ordinal)
            .ToList();
        return new SpineLayout(definition, objectives);
    }

    public bool Exists => Definition is not null && Objectives.Count > 0;

    /// <summary>
    /// Whether <paramref name="page"/> may be in the spine, told from the page alone: an objective,
    /// or a chapter with a heading for each part. The approach pages quote these pages' sections.
    /// </summary>
    public static bool MayQuote(ParsedPage page) =>
        page.Source.Kind == PageKind.Objective || page.Source.Kind == PageKind.Chapter && DefinesTheParts(page);

    private static bool DefinesTheParts(ParsedPage page) => ApproachPart.All.All(part => page.Headings.Any(h => h.Id == part.Id));

    public static string ObjectiveNumber(ParsedPage page) => ((ObjectiveFrontMatter)page.Source.FrontMatter).Objective;
}
