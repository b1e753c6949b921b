namespace PolicySite.Content;

/// <summary>What a Markdown page is, by its folder; picks its layout (<c>theme/layouts/&lt;kind&gt;.html</c>) and URL.</summary>
public enum PageKind
{
    Chapter,
    Objective,
    Event,
}
