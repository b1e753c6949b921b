using System.Text;

namespace PolicySite.Templates;

/// <summary>
/// A finished HTML page as the UTF-8 bytes that are written, and the output path it goes to;
/// <see cref="SourcePath"/> is the file it came from, if any. Pages are kept as bytes, not text:
/// on a large site the text of every page held at once would be the biggest thing in memory.
/// </summary>
public sealed record RenderedPage(string OutputPath, byte[] Content, string? SourcePath)
{
    /// <summary>
    /// Placed in the build's staging folder as it was rendered (<see cref="Output.OutputStaging"/>):
    /// its <see cref="Content"/> is then empty, and the stages after Render use only its path.
    /// </summary>
    public bool Staged { get; init; }

    /// <summary>The page as text, decoded on each call (for readers outside the build's hot path).</summary>
    public string Html => Encoding.UTF8.GetString(Content);
}
