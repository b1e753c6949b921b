namespace PolicySite.Publishing;

/// <summary>How long browsers may keep the site's files, by kind, and the types the host must not guess.</summary>
public static class CachePolicy
{
    /// <summary>
    /// Fingerprinted files (<see cref="FingerprintedPaths"/>): their name changes whenever their
    /// content does, so a browser may keep them for a year without asking again.
    /// </summary>
    public const string Fingerprinted = "public, max-age=31536000, immutable";

    /// <summary>
    /// Where the fingerprinted files are, as site-relative path patterns: the theme's assets, and
    /// the search index's shards (<c>Search/SearchIndexWriter</c>; its manifest keeps a fixed name
    /// and so is not among them). A test checks that every file with a content hash in its name,
    /// and no other, is matched.
    /// </summary>
    public static IReadOnlyList<string> FingerprintedPaths { get; } = ["assets/*", "search/terms-*", "search/docs-*"];

    /// <summary>
    /// Pages: five minutes, then the browser asks again (a cheap 304 while nothing changed). A
    /// correction reaches every reader within minutes, and a page never outlives the fingerprinted
    /// assets it links to by long.
    /// </summary>
    public const string Page = "public, max-age=300, must-revalidate";

    /// <summary>iCalendar files, so that a click opens the reader's calendar program rather than a text view.</summary>
    public const string CalendarContentType = "text/calendar; charset=utf-8";
}
