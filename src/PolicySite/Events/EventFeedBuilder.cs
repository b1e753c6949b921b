using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using PolicySite.Templates;

namespace PolicySite.Events;

/// <summary>
/// The Atom feed of events (RFC 4287), written with System.ServiceModel.Syndication. Entries are
/// newest event first. Every timestamp is the build's now: the site keeps no history of when an
/// event last changed, and the build's now (SOURCE_DATE_EPOCH in CI) is the honest upper bound.
/// </summary>
public sealed class EventFeedBuilder(SiteUrls urls, DateTimeOffset now, Func<string, string> ui, string language)
{
    private static readonly XmlWriterSettings WriterSettings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        NewLineChars = "\n",
    };

    /// <summary>
    /// The feed of <paramref name="events"/>, titled <paramref name="title"/>; the site's
    /// <paramref name="publisher"/> is its author, each event's organisers the authors of its entry.
    /// </summary>
    public byte[] Build(IReadOnlyList<PublishedEvent> events, string title, string publisher)
    {
        var feed = new SyndicationFeed(title, null, Link(EventRoutes.List), EventIdentity.AtomId(EventRoutes.Feed, "feed:" + EventRoutes.Feed, urls), now)
        {
            Language = language,
        };
        feed.Links.Add(SyndicationLink.CreateSelfLink(Link(EventRoutes.Feed), "application/atom+xml"));
        feed.Authors.Add(new SyndicationPerson { Name = publisher });
        feed.Items = events
            .OrderByDescending(e => e.Details.Start)
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .Select(Entry)
            .ToList();

        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, WriterSettings))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }
        return buffer.ToArray();
    }

    private SyndicationItem Entry(PublishedEvent ev)
    {
        var item = new SyndicationItem
        {
            Id = EventIdentity.AtomId(ev.Page.Route.Url, EventIdentity.Uid(ev.Id, urls), urls),
            Title = new TextSyndicationContent(EventTitle.WithStatus(ev.Title, ev.Status, ui)),
            LastUpdatedTime = now,
            Summary = new TextSyndicationContent(Summary(ev), TextSyndicationContentKind.Html),
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(Link(ev.Page.Route.Url), "text/html"));
        item.Links.Add(new SyndicationLink(Link(EventRoutes.EventCalendar(ev.Id)), "enclosure", null, "text/calendar", 0));
        item.Categories.Add(new SyndicationCategory(EventStatusRules.Name(ev.Status), null, ui("status_" + EventStatusRules.Name(ev.Status))));
        foreach (var organiser in ev.Matter.Organisers)
        {
            item.Authors.Add(new SyndicationPerson { Name = organiser.Name, Uri = organiser.Url });
        }
        return item;
    }

    /// <summary>What a reader needs before clicking through: when, where, and the organisers' notice.</summary>
    private string Summary(PublishedEvent ev)
    {
        var culture = DisplayFormats.Culture(language);
        var when = DisplayFormats.When(ev.Details.Start, ev.Details.End, ev.Details.Zone, culture).Display;
        var html = new StringBuilder();
        foreach (var part in new[] { when, ev.Location, ev.Matter.StatusNotice, ev.Description })
        {
            if (!string.IsNullOrWhiteSpace(part))
            {
                html.Append("<p>").Append(HtmlText.Escape(part)).Append("</p>");
            }
        }
        return html.ToString();
    }

    private Uri Link(string relative) => new(urls.Canonical(relative), UriKind.RelativeOrAbsolute);
}
