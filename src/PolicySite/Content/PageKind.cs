namespace PolicySite.Content;

/// <summary>What a page is; picks its layout (<c>theme/layouts/&lt;kind&gt;.html</c>) and URL.</summary>
public enum PageKind
{
    Home,
    Chapter,
    Objective,
    Event,
    NotFound,
}
