namespace PolicySite.Templates;

/// <summary>A finished HTML page and the output path it goes to; <see cref="SourcePath"/> is the file it came from, if any.</summary>
public sealed record RenderedPage(string OutputPath, string Html, string? SourcePath);
