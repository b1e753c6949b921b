using Microsoft.AspNetCore.StaticFiles;

namespace PolicySite.Cli.Internal.Preview;

/// <summary>The Content-Type a static host sends for a file, by extension; text types say they are UTF-8, as the build writes them.</summary>
internal static class ContentTypes
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
    };

    private static readonly FileExtensionContentTypeProvider Others = new();

    public static string For(string path) =>
        Known.TryGetValue(Path.GetExtension(path), out var type) ? type
        : Others.TryGetContentType(path, out var other) ? other
        : "application/octet-stream";
}
