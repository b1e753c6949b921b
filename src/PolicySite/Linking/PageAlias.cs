
namespace PolicySite.Linking;

/// <summary>
/// A former address of a page: <see cref="Alias"/> as front matter writes it, the
/// <see cref="Route"/> its redirect page is written to, and the page it now leads to.
/// </summary>
public sealed record PageAlias(string Alias, PageRoute Route, LinkedPage Target);
