using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Linking;
using PolicySite.Markdown;
using PolicySite.Pages.Model;

namespace PolicySite.Pages;

/// <summary>The annex page: the facts of <c>data/annex.yml</c> as accessible tables, every row linking to its source paragraph.</summary>
public sealed class AnnexPageGenerator : IPageGenerator
{
    public const string Id = "annex";

    public IEnumerable<GeneratedPage> Declare(LoadedSite site, IReadOnlyList<ParsedPage> pages, DiagnosticBag diagnostics)
    {
        if (site.Annex is not { } annex)
        {
            yield break;
        }
        foreach (var table in annex.Value.Tables.Where(t => !IdRules.IsValid(t.Id)))
        {
            diagnostics.Error(DiagnosticCodes.InvalidId,
                $"table id '{table.Id}' may only contain lower-case letters, digits and single hyphens (it becomes the #anchor of annex#<id>); rename it",
                annex.Path, LoadContent.LineOf(annex.Text, $"id: {table.Id}"), 1);
        }
        yield return new GeneratedPage(Id, "annex", PageRoute.Folder("annex/"), PageTitle.FromUi("annex_title"), context => Data(annex.Value, context))
        {
            SourcePath = annex.Path,
            Anchors = annex.Value.Tables.Select(t => (t.Id, t.Title)).ToList(),
        };
    }

    private static AnnexPageData Data(AnnexData annex, PageDataContext context) => new(annex.Tables
        .Select(table => new AnnexTableModel(table.Id, table.Title, table.Columns, table.Rows
            .Select(row => context.Site.Index.Find(row.Source) is [var target]
                ? new AnnexRowModel(row.Cells, context.Urls.Path(target.Url), $"{Title(target, context)}")
                : null)
            .OfType<AnnexRowModel>()
            .ToList()))
        .ToList());

    private static string Title(IndexTarget target, PageDataContext context)
    {
        var page = context.Site.Page(target.PageId)!;
        return $"{page.Parsed.Source.FrontMatter.Title} › {target.Title}";
    }
}
