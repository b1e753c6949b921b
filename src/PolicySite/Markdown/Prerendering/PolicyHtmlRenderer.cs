using Markdig.Renderers;

namespace PolicySite.Markdown.Prerendering;

/// <summary>
/// Markdig's HTML renderer, which, while it prerenders a page's body, carries the body's
/// <see cref="BodyHoles"/> to the project's renderers of notes and cross-references.
/// </summary>
internal sealed class PolicyHtmlRenderer(TextWriter writer) : HtmlRenderer(writer)
{
    public BodyHoles? Holes { get; set; }
}
