namespace PolicySite.Templates;

/// <summary>A file from <c>theme/assets/</c> and the content-hashed path it is written to.</summary>
public sealed record ThemeAsset(string Name, string OutputPath, byte[] Content);
