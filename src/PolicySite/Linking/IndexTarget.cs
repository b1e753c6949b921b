namespace PolicySite.Linking;

/// <summary>
/// Something a cross-reference can point at: a page, a section or paragraph of a page, a note, a
/// generated page. <see cref="Id"/> is its canonical id (<c>page</c> or <c>page#part</c>);
/// <see cref="Url"/> is site-relative, with the <c>#anchor</c> for a part of a page.
/// </summary>
public sealed record IndexTarget(string Id, string Title, string Url, string PageId);
