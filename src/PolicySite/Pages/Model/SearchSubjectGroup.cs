namespace PolicySite.Pages.Model;

/// <summary>The subjects of the A–Z index that start with one letter.</summary>
public sealed record SearchSubjectGroup(string Letter, string Id, IReadOnlyList<SearchSubject> Subjects);
