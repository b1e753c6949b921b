using Microsoft.AspNetCore.StaticFiles;

namespace PolicySite.Cli.Internal.Preview;

/// <summary>The Content-Type the preview sends: the build's own types first, then ASP.NET's table for anything else in the output.</summary>
internal static class ContentTypes
{
    private static readonly FileExtensionContentTypeProvider Others = new();

    public static string For(string path) =>
        Publishing.ContentTypes.Of(path)
        ?? (Others.TryGetContentType(path, out var other) ? other : "application/octet-stream");
}
