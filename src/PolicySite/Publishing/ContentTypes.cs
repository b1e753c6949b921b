namespace PolicySite.Publishing;

/// <summary>
/// The Content-Type a static host sends for the files a PolicySite build writes, by extension.
/// Text types say they are UTF-8, as the build writes them. Shared by the preview server and the
/// browser tests' server, so both serve what production serves.
/// </summary>
public static class ContentTypes
{
    private static readonly Dictionary<string, string> Known = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json; charset=utf-8",
        [".xml"] = "application/xml; charset=utf-8",
        [".ics"] = "text/calendar; charset=utf-8",
        [".txt"] = "text/plain; charset=utf-8",
        [".svg"] = "image/svg+xml; charset=utf-8",
        [".webmanifest"] = "application/manifest+json; charset=utf-8",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
    };

    /// <summary>The type of a file the build writes, or null for an extension it does not write.</summary>
    public static string? Of(string path) => Known.GetValueOrDefault(Path.GetExtension(path));
}
