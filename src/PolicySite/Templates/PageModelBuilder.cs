using System.Globalization;
using PolicySite.Content;
using PolicySite.Events;
using PolicySite.Linking;
using PolicySite.Pages;
using PolicySite.Templates.Model;

namespace PolicySite.Templates;

/// <summary>
/// Builds the template models (<c>site</c>, <c>page</c>, <c>contents</c>, <c>events</c>) from the
/// linked site. It takes the UI strings because an event page's title carries its status word.
/// </summary>
internal sealed class PageModelBuilder(LinkedSite site, SiteUrls urls, DateTimeOffset now, Func<string, string> ui)
{
    private readonly CultureInfo _culture = DisplayFormats.Culture(site.Config.Language);

    // Built once: every page asks for its backlinks, so a scan per page would be quadratic.
    private readonly ILookup<string, EventRelation> _relationsByPage = site.Relations.ToLookup(r => r.Target.PageId, StringComparer.Ordinal);
    private readonly ILookup<string, EventRelation> _relationsByEvent = site.Relations.ToLookup(r => r.EventPageId, StringComparer.Ordinal);
    private readonly ILookup<string, Backlink> _backlinks = site.Backlinks.ToLookup(b => b.TargetPageId, StringComparer.Ordinal);

    public SiteModel Site() => new(
        site.Config.Title,
        site.Config.DocumentType,
        site.Config.Publisher,
        DisplayFormats.PublicationDate(site.Config.PublicationDate, _culture),
        site.Config.Language,
        site.Config.Colophon);

    public PageModel Page(LinkedPage page, RawHtml content)
    {
        var source = page.Parsed.Source;
        var model = new PageModel
        {
            Id = page.Id,
            Kind = KindName(source.Kind),
            Title = source.FrontMatter.Title,
            Url = urls.Path(page.Route.Url),
            CanonicalUrl = urls.Canonical(page.Route.Url),
            Summary = source.FrontMatter.Summary,
            Content = content,
            Headings = page.Parsed.Headings,
            Prev = Link(page.Previous),
            Next = Link(page.Next),
            Parent = Link(page.Parent),
            ReferredFrom = ReferredFrom(page.Id),
            Related = Related(page),
        };
        return source.FrontMatter switch
        {
            ChapterFrontMatter chapter => model with { Number = chapter.Number },
            ObjectiveFrontMatter objective => model with
            {
                Number = objective.Objective,
                Objective = objective.Objective,
                ObjectiveTitle = objective.ObjectiveTitle,
            },
            EventFrontMatter => Event(model, PublishedEvent.From(page)),
            _ => model,
        };
    }

    /// <summary>A page the build generated (home, 404, notes, …).</summary>
    public PageModel Generated(GeneratedPage page, string title, object? data) => new()
    {
        Id = page.Id,
        Kind = page.Layout,
        Title = title,
        Url = urls.Path(page.Route.Url),
        CanonicalUrl = urls.Canonical(page.Route.Url),
        Summary = page.Summary,
        Content = new RawHtml(""),
        Data = data,
    };

    /// <summary>The document's contents, built once; each page asks it for its own view.</summary>
    public ContentsOutline Contents() => new(site, page => new ContentsEntry(NumberOf(page), page.Parsed.Source.FrontMatter.Title, urls.Path(page.Route.Url), false, []));

    /// <summary>Every event, in start order (<c>events</c> on every page).</summary>
    public IReadOnlyList<EventListItem> Events() =>
        PublishedEvent.All(site).Select(e => ListItem(e, urls, now, _culture)).ToList();

    /// <summary>One event as lists show it; shared with the events page, which builds its own lists.</summary>
    internal static EventListItem ListItem(PublishedEvent ev, SiteUrls urls, DateTimeOffset now, CultureInfo culture)
    {
        var details = ev.Details;
        return new EventListItem(
            ev.Title,
            urls.Path(ev.Page.Route.Url),
            DisplayFormats.Date(details.Start, culture),
            EventStatusRules.Name(ev.Status),
            ev.Matter.Venue?.Name,
            DisplayFormats.When(details.Start, details.End, details.Zone, culture).Display,
            DisplayFormats.Iso(details.Start),
            DisplayFormats.Iso(details.End),
            ev.IsPastAt(now),
            ev.Matter.Venue?.Locality);
    }

    private IReadOnlyList<NavLink> Related(LinkedPage page)
    {
        if (page.Parsed.Source.Kind == PageKind.Event)
        {
            return _relationsByEvent[page.Id]
                .Select(r => new NavLink(TargetTitle(r.Target), null, urls.Path(r.Target.Url)))
                .ToList();
        }
        return _relationsByPage[page.Id]
            .Select(r => new NavLink(site.Page(r.EventPageId)!.Parsed.Source.FrontMatter.Title, null, urls.Path(site.Page(r.EventPageId)!.Route.Url)))
            .DistinctBy(l => l.Url)
            .ToList();
    }

    private string TargetTitle(IndexTarget target)
    {
        var pageTitle = site.Page(target.PageId)?.Parsed.Source.FrontMatter.Title;
        return pageTitle is null || target.Id == target.PageId ? target.Title : $"{pageTitle} › {target.Title}";
    }

    private IReadOnlyList<NavLink> ReferredFrom(string pageId) =>
        _backlinks[pageId]
            .Select(b =>
            {
                var from = site.Page(b.FromPageId)!;
                var url = urls.Path(from.Route.Url) + (b.FromSectionId is null ? "" : $"#{b.FromSectionId}");
                var section = b.FromSectionId is null ? null : from.Parsed.Headings.FirstOrDefault(h => h.Id == b.FromSectionId)?.Title;
                return new NavLink(section is null ? b.FromTitle : $"{b.FromTitle} › {section}", NumberOf(from), url);
            })
            .Distinct()
            .ToList();

    private NavLink? Link(LinkedPage? page) =>
        page is null ? null : new NavLink(page.Parsed.Source.FrontMatter.Title, NumberOf(page), urls.Path(page.Route.Url));

    private static string? NumberOf(LinkedPage page) => page.Parsed.Source.FrontMatter switch
    {
        ChapterFrontMatter chapter => chapter.Number,
        ObjectiveFrontMatter objective => objective.Objective,
        _ => null,
    };

    /// <summary>An event page: the status word leads the title (browser tab, bookmarks, search results), the model has the rest.</summary>
    private PageModel Event(PageModel model, PublishedEvent ev)
    {
        var details = ev.Details;
        var isPast = ev.IsPastAt(now);
        return model with
        {
            Title = EventTitle.WithStatus(ev.Title, ev.Status, ui),
            Event = new EventModel
            {
                Title = ev.Title,
                Status = EventStatusRules.Name(ev.Status),
                StatusNotice = ev.Matter.StatusNotice,
                DateDisplay = DisplayFormats.Date(details.Start, _culture),
                TimeDisplay = DisplayFormats.TimeRange(details.Start, details.End),
                TimeZoneDisplay = DisplayFormats.TimeZone(details, _culture),
                When = DisplayFormats.When(details.Start, details.End, details.Zone, _culture),
                StartIso = DisplayFormats.Iso(details.Start),
                EndIso = DisplayFormats.Iso(details.End),
                IsPast = isPast,
                PreviousStartDisplay = details.PreviousStart is { } previous ? DisplayFormats.Moment(previous, details.Zone, _culture) : null,
                PreviousStartIso = details.PreviousStart is { } previousIso ? DisplayFormats.Iso(previousIso) : null,
                Venue = ev.Matter.Venue,
                Organisers = ev.Matter.Organisers,
                Registration = EventStatusRules.Registration(ev.Matter.Registration, ev.Status, isPast),
                CalendarUrl = urls.Path(EventRoutes.EventCalendar(ev.Id)),
                ListUrl = urls.Path(EventRoutes.List),
                JsonLd = EventJsonLd.Element(ev, urls.Canonical(ev.Page.Route.Url)),
            },
        };
    }

    public static string KindName(PageKind kind) => kind.ToString().ToLowerInvariant();
}
