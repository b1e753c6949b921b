namespace PolicySite.Tests.Robustness.InvalidInput;

/// <summary>
/// What a previous, good build seems to have left in the output folder: a few pages, an asset and
/// a binary file. A failed build must leave every byte of them as it was; a good one replaces them.
/// </summary>
internal static class PreviousOutput
{
    /// <summary>A file that only the previous build wrote: gone once a new build has been swapped in.</summary>
    public const string Sentinel = "previous-build.txt";

    public static void WriteInto(string output)
    {
        Write(output, Sentinel, "Written by the previous build.\n"u8.ToArray());
        Write(output, "index.html", "<!DOCTYPE html><title>Previous build</title><p>The site as it was.</p>\n"u8.ToArray());
        Write(output, "chapters/intro/index.html", "<!DOCTYPE html><title>Introduction</title><p>The previous introduction.</p>\n"u8.ToArray());
        Write(output, "assets/css/site.0123456789.css", "body { color: black; }\n"u8.ToArray());
        Write(output, "search/docs-0.bin", Enumerable.Range(0, 256).Select(i => (byte)i).ToArray());
    }

    private static void Write(string output, string relativePath, byte[] content)
    {
        var path = Path.Combine(output, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, content);
    }
}
