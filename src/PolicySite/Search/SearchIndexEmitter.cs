using PolicySite.Emit;

namespace PolicySite.Search;

/// <summary>
/// Emits the search index: one record per heading section of every page readers search
/// (chapters, objectives, events, notes, sources, priorities, approach parts, annex), read from
/// the rendered pages so that it holds exactly what readers see, without chrome or decoration.
/// See <see cref="SearchIndexWriter"/> for the files and <c>theme/assets/js/search.js</c> for the
/// client that reads them.
/// </summary>
public sealed class SearchIndexEmitter(SearchIndexOptions options) : IFileEmitter
{
    /// <summary>The manifest's path; every page names its URL in the search form's <c>data-search-manifest</c>.</summary>
    public const string ManifestPath = "search/manifest.json";

    private readonly ExtractSections _extract = new(options);

    public SearchIndexEmitter()
        : this(SearchIndexOptions.Default)
    {
    }

    public IEnumerable<OutputFile> Emit(EmitContext context)
    {
        var ui = context.Ui ?? throw new InvalidOperationException("the search index needs the site's UI strings; set EmitContext.Ui");
        var pages = SearchablePage.All(context.Site, context.Urls, ui, options);
        var records = _extract.Run(context.Pages, pages, ui);
        var index = SearchIndexBuilder.Build(records);
        return SearchIndexWriter.Write(index, context.Urls, context.Site.Config.Language, options);
    }
}
