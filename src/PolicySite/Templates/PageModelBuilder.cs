using System.Globalization;
using PolicySite.Content;
using PolicySite.Linking;
using PolicySite.Pages;
using PolicySite.Templates.Model;

namespace PolicySite.Templates;

/// <summary>Builds the template models (<c>site</c>, <c>page</c>, <c>contents</c>, <c>events</c>) from the linked site.</summary>
internal sealed class PageModelBuilder(LinkedSite site, SiteUrls urls, DateTimeOffset now)
{
    private readonly CultureInfo _culture = DisplayFormats.Culture(site.Config.Language);

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
            EventFrontMatter matter => model with { Event = Event(matter, source.Event!) },
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

    public IReadOnlyList<ContentsEntry> Contents(string? currentId)
    {
        var entries = new List<ContentsEntry>();
        foreach (var page in site.ReadingOrder.Where(p => p.Parent is null))
        {
            var children = site.ReadingOrder
                .Where(child => child.Parent == page)
                .Select(child => Entry(child, currentId, []))
                .ToList();
            entries.Add(Entry(page, currentId, children));
        }
        return entries;
    }

    public IReadOnlyList<EventListItem> Events() =>
        site.Events.Select(e =>
        {
            var matter = (EventFrontMatter)e.Parsed.Source.FrontMatter;
            return new EventListItem(matter.Title, urls.Path(e.Route.Url),
                DisplayFormats.Date(e.Parsed.Source.Event!.Start, _culture), matter.Status, matter.Venue?.Name);
        }).ToList();

    private ContentsEntry Entry(LinkedPage page, string? currentId, IReadOnlyList<ContentsEntry> children) =>
        new(NumberOf(page), page.Parsed.Source.FrontMatter.Title, urls.Path(page.Route.Url), page.Id == currentId, children);

    private NavLink? Link(LinkedPage? page) =>
        page is null ? null : new NavLink(page.Parsed.Source.FrontMatter.Title, NumberOf(page), urls.Path(page.Route.Url));

    private static string? NumberOf(LinkedPage page) => page.Parsed.Source.FrontMatter switch
    {
        ChapterFrontMatter chapter => chapter.Number,
        ObjectiveFrontMatter objective => objective.Objective,
        _ => null,
    };

    private EventModel Event(EventFrontMatter matter, EventDetails details) => new(
        matter.Status,
        matter.StatusNotice,
        DisplayFormats.Date(details.Start, _culture),
        DisplayFormats.TimeRange(details.Start, details.End),
        DisplayFormats.TimeZone(details),
        details.Start.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        details.End.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        details.End < now,
        matter.Venue,
        matter.Organisers,
        matter.Registration);

    public static string KindName(PageKind kind) => kind.ToString().ToLowerInvariant();
}
