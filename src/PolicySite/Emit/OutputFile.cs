namespace PolicySite.Emit;

/// <summary>A file of the built site, held in memory until the whole build has succeeded (but for pages a writing build has <see cref="Staged"/>).</summary>
public sealed record OutputFile(string Path, byte[] Content, string? SourcePath = null)
{
    /// <summary>A page already placed in the build's staging folder as it was rendered: its <see cref="Content"/> is empty, and only its path is checked.</summary>
    public bool Staged { get; init; }

    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);
}
