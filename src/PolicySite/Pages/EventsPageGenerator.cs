using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Events;
using PolicySite.Linking;
using PolicySite.Markdown;
using PolicySite.Pages.Model;
using PolicySite.Templates;

namespace PolicySite.Pages;

/// <summary>The list of all events (<c>events/</c>): upcoming and past, each with date, status and venue.</summary>
public sealed class EventsPageGenerator : IPageGenerator
{
    public const string Id = "events";

    public IEnumerable<GeneratedPage> Declare(LoadedSite site, IReadOnlyList<ParsedPage> pages, DiagnosticBag diagnostics)
    {
        yield return new GeneratedPage(Id, "events", PageRoute.Folder(EventRoutes.List), PageTitle.FromUi("all_events"), Data);
    }

    private static EventsPageData Data(PageDataContext context)
    {
        var culture = DisplayFormats.Culture(context.Site.Config.Language);
        var events = PublishedEvent.All(context.Site);
        var upcoming = events
            .Where(e => !e.IsPastAt(context.Now))
            .OrderBy(e => e.Details.Start)
            .ThenBy(e => e.Id, StringComparer.Ordinal);
        var past = events
            .Where(e => e.IsPastAt(context.Now))
            .OrderByDescending(e => e.Details.Start)
            .ThenBy(e => e.Id, StringComparer.Ordinal);
        return new EventsPageData(
            upcoming.Select(e => PageModelBuilder.ListItem(e, context.Urls, context.Now, culture)).ToList(),
            past.Select(e => PageModelBuilder.ListItem(e, context.Urls, context.Now, culture)).ToList(),
            context.Urls.Path(EventRoutes.Calendar),
            context.Urls.Path(EventRoutes.Feed));
    }
}
