using Markdig.Syntax;
using PolicySite.Content;
using PolicySite.Linking;
using PolicySite.Markdown;

namespace PolicySite.Events;

/// <summary>
/// An event page with its checked front matter, as the page, the list, the JSON-LD, the calendars
/// and the feed all read it. Built from the linked site, so every one of them sees the same events.
/// </summary>
public sealed record PublishedEvent(LinkedPage Page, EventFrontMatter Matter, EventDetails Details)
{
    public string Id => Page.Id;

    public string Title => Matter.Title;

    public EventStatus Status => Details.Status;

    /// <summary>The site's events in the order the Link stage put them: by start, then id.</summary>
    public static IReadOnlyList<PublishedEvent> All(LinkedSite site) =>
        site.Events.Select(From).ToList();

    public static PublishedEvent From(LinkedPage page) =>
        new(page, (EventFrontMatter)page.Parsed.Source.FrontMatter, page.Parsed.Source.Event!);

    /// <summary>Ended by <paramref name="now"/>: the build's now, which a script re-checks against the reader's clock.</summary>
    public bool IsPastAt(DateTimeOffset now) => Details.End < now;

    /// <summary>
    /// A plain-text description for machines (JSON-LD, calendars, the feed): the front matter's
    /// summary, else the body's first paragraph, both verbatim. Null when there is neither.
    /// </summary>
    public string? Description =>
        Matter.Summary
        ?? Page.Parsed.Ast.Descendants<ParagraphBlock>().Select(p => PlainText.Of(p.Inline)).FirstOrDefault(t => t.Length > 0);

    /// <summary>The venue as one line: name, room, street, postal code and place, region, country.</summary>
    public string? Location
    {
        get
        {
            if (Matter.Venue is not { } venue)
            {
                return null;
            }
            var place = string.Join(" ", new[] { venue.PostalCode, venue.Locality }.Where(NotEmpty));
            return string.Join(", ", new[] { venue.Name, venue.Room, venue.StreetAddress, place, venue.Region, venue.Country }.Where(NotEmpty));
        }
    }

    private static bool NotEmpty(string? value) => !string.IsNullOrWhiteSpace(value);
}
