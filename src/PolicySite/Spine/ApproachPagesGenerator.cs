using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Linking;
using PolicySite.Markdown;
using PolicySite.Pages;
using PolicySite.Spine.Model;
using PolicySite.Templates;

namespace PolicySite.Spine;

/// <summary>
/// The pages of the 3 × 5 spine: the matrix (objectives × approach parts, every cell linking to
/// its section) and one page per approach part with Chapter III's text for it followed by that
/// part's section from each objective. Declared only when the site has the spine.
/// </summary>
public sealed class ApproachPagesGenerator : IPageGenerator
{
    public const string MatrixId = "approach-matrix";

    public IEnumerable<GeneratedPage> Declare(LoadedSite site, IReadOnlyList<ParsedPage> pages, DiagnosticBag diagnostics)
    {
        var layout = SpineLayout.Find(pages);
        if (!layout.Exists)
        {
            yield break;
        }
        var definition = layout.Definition!;

        yield return new GeneratedPage(MatrixId, "matrix", PageRoute.Folder("approach/"), PageTitle.FromUi("matrix_title"),
            context => Matrix(layout, context)) { SourcePath = definition.Source.Path };

        foreach (var part in ApproachPart.All)
        {
            var title = definition.Headings.First(h => h.Id == part.Id).Title;
            yield return new GeneratedPage(part.PageId, "approach", PageRoute.Folder(part.Url), new PageTitle(title),
                context => Part(layout, part, context)) { SourcePath = definition.Source.Path };
        }
    }

    private static MatrixData Matrix(SpineLayout layout, PageDataContext context)
    {
        var urls = context.Urls;
        var columns = layout.Objectives
            .Select(o => new MatrixColumn(SpineLayout.ObjectiveNumber(o), o.Source.FrontMatter.Title,
                ((ObjectiveFrontMatter)o.Source.FrontMatter).ObjectiveTitle, urls.Path(Route(o))))
            .ToList();
        var rows = ApproachPart.All
            .Select(part => new MatrixRow(
                part.Number,
                layout.Definition!.Headings.First(h => h.Id == part.Id).Title,
                urls.Path(part.Url),
                layout.Objectives
                    .Select(o => new MatrixCell(SpineLayout.ObjectiveNumber(o), o.Source.FrontMatter.Title, urls.Path($"{Route(o)}#{part.Id}")))
                    .ToList()))
            .ToList();
        return new MatrixData(columns, rows);
    }

    private static ApproachPartData Part(SpineLayout layout, ApproachPart part, PageDataContext context)
    {
        var urls = context.Urls;
        var definition = layout.Definition!;
        var definitionUrl = urls.Path(Route(definition));
        var definitionHeading = SectionBlocks.Headings(definition.Ast, part.Id).First();
        var definitionHtml = MarkdownHtml.RenderBlocks(SectionBlocks.Under(definition.Ast, definitionHeading), MarkdownRenderMode.Excerpt(definitionUrl));

        var sections = new List<ObjectiveSection>();
        foreach (var objective in layout.Objectives)
        {
            var pageUrl = urls.Path(Route(objective));
            var heading = SectionBlocks.Headings(objective.Ast, part.Id).First();
            var html = MarkdownHtml.RenderBlocks(SectionBlocks.Under(objective.Ast, heading), MarkdownRenderMode.Excerpt(pageUrl));
            sections.Add(new ObjectiveSection(SpineLayout.ObjectiveNumber(objective), objective.Source.FrontMatter.Title,
                objective.Headings.First(h => h.Id == part.Id).Title, new RawHtml(html), $"{pageUrl}#{part.Id}"));
        }
        return new ApproachPartData(part.Number, new RawHtml(definitionHtml), $"{definitionUrl}#{part.Id}", sections);
    }

    private static string Route(ParsedPage page) => PageRoute.For(page.Source.Kind, page.Source.Id).Url;
}
