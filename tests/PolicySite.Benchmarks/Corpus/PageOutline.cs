namespace PolicySite.Benchmarks.Corpus;

/// <summary>
/// What other pages need to know about a generated page before its text exists: its id and title,
/// and its sections' ids, so that cross-references can point at any page or section.
/// </summary>
internal sealed record PageOutline(string Id, int Order, string Title, IReadOnlyList<SectionOutline> Sections);
