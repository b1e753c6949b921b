namespace PolicySite.Content;

/// <summary>An event's times, checked and placed in their time zone.</summary>
public sealed record EventDetails(DateTimeOffset Start, DateTimeOffset End, TimeZoneInfo TimeZone, string TimeZoneId);
