namespace PolicySite.Markdown.Prerendering;

/// <summary>What fills a cross-reference's holes: its target's URL (site path) and title, as they are, unescaped.</summary>
public readonly record struct CrossReferenceTarget(string Url, string Title);
