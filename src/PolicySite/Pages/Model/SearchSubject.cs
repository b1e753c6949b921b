namespace PolicySite.Pages.Model;

/// <summary>A subject of the A–Z index (a heading, a thematic priority, an annex entry) and the places that deal with it.</summary>
public sealed record SearchSubject(string Label, IReadOnlyList<SearchSubjectLink> Links);

/// <summary>One place a subject is dealt with: where it is ("Chapter III", "Human rights") and its URL.</summary>
public sealed record SearchSubjectLink(string Text, string Url);
