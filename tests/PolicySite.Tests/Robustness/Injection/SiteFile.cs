namespace PolicySite.Tests.Robustness.Injection;

/// <summary>One file of <see cref="HostileSite"/>: where it goes, the record it holds, and the body of a Markdown file.</summary>
internal sealed record SiteFile(string Path, object Value, string? Body = null);
