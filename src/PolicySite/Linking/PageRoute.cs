using PolicySite.Content;

namespace PolicySite.Linking;

/// <summary>Where a page lives: its site-relative URL (<c>chapters/importance/</c>) and output file.</summary>
public sealed record PageRoute(string Url, string OutputPath)
{
    public static PageRoute For(PageKind kind, string id) => kind switch
    {
        PageKind.Chapter => Folder($"chapters/{id}/"),
        PageKind.Objective => Folder($"objectives/{id}/"),
        PageKind.Event => Folder($"events/{id}/"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static PageRoute Home { get; } = new("", "index.html");

    /// <summary>At the root, where static hosts look for it.</summary>
    public static PageRoute NotFound { get; } = new("404.html", "404.html");

    /// <summary>Pretty URLs: <c>x/</c> is served from <c>x/index.html</c>.</summary>
    public static PageRoute Folder(string url) => new(url, url + "index.html");
}
