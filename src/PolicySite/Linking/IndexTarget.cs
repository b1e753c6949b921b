namespace PolicySite.Linking;

/// <summary>
/// Something a cross-reference can point at: a page, a section or paragraph of a page, a note, a
/// generated page. <see cref="Id"/> is its canonical id (<c>page</c> or <c>page#part</c>);
/// <see cref="Url"/> is site-relative, with the <c>#anchor</c> for a part of a page. Two targets
/// are equal when all four of these are.
/// </summary>
public sealed class IndexTarget : IEquatable<IndexTarget>
{
    private readonly string _pageUrl;
    private readonly string? _anchor;
    private readonly string _title;
    private readonly int _paragraph;
    private string? _url;
    private string? _paragraphTitle;

    public IndexTarget(string id, string title, string url, string pageId)
    {
        Id = id;
        PageId = pageId;
        _title = title;
        _pageUrl = url;
    }

    private IndexTarget(string id, string pageId, string pageUrl, string anchor, string title, int paragraph)
    {
        Id = id;
        PageId = pageId;
        _pageUrl = pageUrl;
        _anchor = anchor;
        _title = title;
        _paragraph = paragraph;
    }

    public string Id { get; }

    public string PageId { get; }

    /// <summary>The title a link to the target shows, e.g. "3 Stronger partnerships, ¶ 2".</summary>
    public string Title => _paragraph == 0 ? _title : _paragraphTitle ??= $"{_title}, ¶ {_paragraph}";

    public string Url => _anchor is null ? _pageUrl : _url ??= $"{_pageUrl}#{_anchor}";

    /// <summary>
    /// A section of a page: its URL is made when first asked for. A large site's index holds one
    /// of these for every heading and paragraph, and almost none is ever linked to.
    /// </summary>
    public static IndexTarget Section(string id, string pageId, string pageUrl, string anchor, string title) =>
        new(id, pageId, pageUrl, anchor, title, paragraph: 0);

    /// <summary>Paragraph <paramref name="number"/> of the section titled <paramref name="sectionTitle"/>; its title and URL are made when first asked for.</summary>
    public static IndexTarget Paragraph(string id, string pageId, string pageUrl, string anchor, string sectionTitle, int number) =>
        new(id, pageId, pageUrl, anchor, sectionTitle, number);

    public bool Equals(IndexTarget? other) =>
        other is not null && (ReferenceEquals(this, other)
            || (Id == other.Id && PageId == other.PageId && Title == other.Title && Url == other.Url));

    public override bool Equals(object? obj) => Equals(obj as IndexTarget);

    public override int GetHashCode() => HashCode.Combine(Id, PageId);

    public override string ToString() => $"{Id} ({Title}, {Url})";
}
