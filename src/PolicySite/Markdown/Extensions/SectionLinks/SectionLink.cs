namespace PolicySite.Markdown.Extensions.SectionLinks;

/// <summary>One link under a heading: its text and its URL (with the base path applied).</summary>
public sealed record SectionLink(string Text, string Url);
