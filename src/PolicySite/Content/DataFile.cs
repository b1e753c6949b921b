namespace PolicySite.Content;

/// <summary>A data file's typed value, with its path and text so later stages can point at a line in it.</summary>
public sealed record DataFile<T>(string Path, string Text, T Value);
