using NodaTime;
using PolicySite.Events;

namespace PolicySite.Content;

/// <summary>
/// An event's front matter after checking: its times placed in their time zone (from the IANA
/// time zone database that ships with the build, so every machine computes the same offsets),
/// and its status as a value rather than a word.
/// </summary>
public sealed record EventDetails(
    DateTimeOffset Start,
    DateTimeOffset End,
    string TimeZoneId,
    DateTimeZone Zone,
    EventStatus Status,
    DateTimeOffset? PreviousStart = null);
