using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PolicySite.Markdown.Extensions.SectionLinks;

/// <summary>Markdig's heading renderer, followed by the heading's section links when it has any.</summary>
public sealed class HtmlHeadingWithSectionLinksRenderer : HtmlObjectRenderer<HeadingBlock>
{
    private readonly HeadingRenderer _heading = new();

    protected override void Write(HtmlRenderer renderer, HeadingBlock heading)
    {
        _heading.Write(renderer, heading);
        if (SectionLinks.Of(heading) is not { Links.Count: > 0 } links)
        {
            return;
        }
        renderer.EnsureLine();
        renderer.Write("<p class=\"section-links\">").WriteEscape(links.Label).Write(' ');
        for (var i = 0; i < links.Links.Count; i++)
        {
            var link = links.Links[i];
            renderer.Write(i == 0 ? "" : " · ");
            renderer.Write("<a href=\"").WriteEscapeUrl(link.Url).Write("\">").WriteEscape(link.Text).Write("</a>");
        }
        renderer.WriteLine("</p>");
    }
}
