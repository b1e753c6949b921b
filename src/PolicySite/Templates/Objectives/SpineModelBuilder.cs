using PolicySite.Content;
using PolicySite.Linking;
using PolicySite.Spine;
using PolicySite.Templates.Model;

namespace PolicySite.Templates.Objectives;

/// <summary>Builds <c>spine</c> for templates from the linked site and the objective themes.</summary>
public static class SpineModelBuilder
{
    public static SpineModel Build(LinkedSite site, ObjectiveThemeSet themes, SiteUrls urls)
    {
        var objectives = site.ReadingOrder
            .Where(p => p.Parsed.Source.FrontMatter is ObjectiveFrontMatter)
            .Select(p => Themed(p, themes, urls))
            .ToList();

        var generated = site.Generated.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        var definitionPage = SpineLayout.Find(site.ReadingOrder.Select(p => p.Parsed)).Definition;
        var definition = definitionPage is null ? null : site.ReadingOrder.First(p => ReferenceEquals(p.Parsed, definitionPage));
        var parts = definitionPage is null
            ? []
            : ApproachPart.All
                .Where(part => generated.Contains(part.PageId))
                .Select(part => new ApproachPartLink(part.Number, part.Id, definitionPage.Headings.First(h => h.Id == part.Id).Title, urls.Path(part.Url)))
                .ToList();
        var matrix = site.Generated.FirstOrDefault(g => g.Id == ApproachPagesGenerator.MatrixId);

        var chapters = site.ReadingOrder
            .Where(p => p.Parsed.Source.FrontMatter is ChapterFrontMatter)
            .ToDictionary(p => p.Id, Summary, StringComparer.Ordinal);

        return new SpineModel(
            objectives,
            objectives.DistinctBy(o => o.Numeral).ToDictionary(o => o.Numeral, StringComparer.Ordinal),
            parts,
            matrix is null ? null : urls.Path(matrix.Route.Url),
            definition is null ? null : Summary(definition),
            chapters);

        ChapterSummary Summary(LinkedPage page) =>
            new(((ChapterFrontMatter)page.Parsed.Source.FrontMatter).Number, page.Parsed.Source.FrontMatter.Title,
                page.Parsed.Source.FrontMatter.Summary, urls.Path(page.Route.Url));
    }

    private static ThemedObjective Themed(LinkedPage page, ObjectiveThemeSet themes, SiteUrls urls)
    {
        var matter = (ObjectiveFrontMatter)page.Parsed.Source.FrontMatter;
        var theme = themes.Find(matter.Objective);
        return new ThemedObjective(
            matter.Objective,
            matter.Title,
            matter.ObjectiveTitle,
            urls.Path(page.Route.Url),
            ObjectiveTheme.ClassFor(matter.Objective),
            theme is null ? null : new RawHtml(theme.IconSvg),
            theme?.Header);
    }
}
