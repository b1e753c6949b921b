using PolicySite.Emit;

namespace PolicySite.Search;

/// <summary>
/// Emits the search index: one record per heading section of every page readers search
/// (chapters, objectives, events, notes, sources, priorities, approach parts, annex), read from
/// the rendered pages (<see cref="EmitContext.Facts"/>) so that it holds exactly what readers
/// see, without chrome or decoration.
/// See <see cref="SearchIndexWriter"/> for the files and <c>theme/assets/js/search.js</c> for the
/// client that reads them.
/// </summary>
public sealed class SearchIndexEmitter(SearchIndexOptions options) : IFileEmitter
{
    /// <summary>The manifest's path; every page names its URL in the search form's <c>data-search-manifest</c>.</summary>
    public const string ManifestPath = "search/manifest.json";

    public SearchIndexEmitter()
        : this(SearchIndexOptions.Default)
    {
    }

    public IEnumerable<OutputFile> Emit(EmitContext context)
    {
        var index = SearchIndexBuilder.Build(context.Facts.SearchSections);
        return SearchIndexWriter.Write(index, context.Urls, context.Site.Config.Language, options, context.Staging);
    }
}
