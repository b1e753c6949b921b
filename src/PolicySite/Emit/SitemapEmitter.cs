using PolicySite.Events;
using PolicySite.Linking;
using PolicySite.Publishing;

namespace PolicySite.Emit;

/// <summary>
/// <c>sitemap.xml</c>: every page a search engine should index (not those whose head says
/// <c>noindex</c>: the 404 page, redirect pages), at its canonical URL.
/// </summary>
/// <remarks>
/// <c>lastmod</c> comes from the content, never from the build's clock: the pages of the document
/// (chapters, objectives and the pages generated from them) carry the document's publication
/// date. Event pages and the events list have none: an event's date is when it takes place, not
/// when its page changed, and it may lie in the future.
/// </remarks>
public sealed class SitemapEmitter : IFileEmitter
{
    public IEnumerable<OutputFile> Emit(EmitContext context)
    {
        var undated = PublishedEvent.All(context.Site)
            .Select(e => e.Page.Route.OutputPath)
            .Append(PageRoute.Folder(EventRoutes.List).OutputPath)
            .ToHashSet(StringComparer.Ordinal);
        var published = context.Site.Config.PublicationDate;

        var entries = context.Pages
            .Where(page => !context.Facts.Pages[page.OutputPath].NoIndex)
            .Select(page => (Url: ServedUrl.Of(page.OutputPath), page.OutputPath))
            .OrderBy(page => page.Url, StringComparer.Ordinal)
            .Select(page => new SitemapEntry(context.Urls.Canonical(page.Url), undated.Contains(page.OutputPath) ? null : published));
        yield return new OutputFile(SitemapBuilder.FileName, SitemapBuilder.Build(entries));
    }
}
