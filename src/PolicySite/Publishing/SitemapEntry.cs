namespace PolicySite.Publishing;

/// <summary>One page in <c>sitemap.xml</c>: its canonical URL and, where its content has a date, that date (W3C format, e.g. <c>2023-06</c>).</summary>
public sealed record SitemapEntry(string Location, string? LastModified);
