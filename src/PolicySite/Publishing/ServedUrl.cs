namespace PolicySite.Publishing;

/// <summary>Where a host serves an output file: pretty URLs for folders' <c>index.html</c>.</summary>
public static class ServedUrl
{
    /// <summary>The site-relative URL of <paramref name="outputPath"/>: <c>x/index.html</c> is served at <c>x/</c>, any other file at its own path.</summary>
    public static string Of(string outputPath) =>
        outputPath == "index.html" ? ""
        : outputPath.EndsWith("/index.html", StringComparison.Ordinal) ? outputPath[..^"index.html".Length]
        : outputPath;
}
