namespace PolicySite.Emit;

/// <summary>A file of the built site, held in memory until the whole build has succeeded.</summary>
public sealed record OutputFile(string Path, byte[] Content, string? SourcePath = null)
{
    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);
}
