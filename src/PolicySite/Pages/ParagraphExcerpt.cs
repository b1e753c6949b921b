using Markdig.Renderers.Html;
using Markdig.Syntax;
using PolicySite.Linking;
using PolicySite.Markdown;
using PolicySite.Templates;

namespace PolicySite.Pages;

/// <summary>A paragraph of the document quoted on another page, with a link to it in context.</summary>
public sealed record ParagraphExcerpt(RawHtml Html, string Url, string PageTitle, string Where)
{
    /// <summary>The paragraph a cross-reference id names, or null when it names no paragraph.</summary>
    public static ParagraphExcerpt? Find(string xrefId, PageDataContext context)
    {
        if (context.Site.Index.Find(xrefId) is not [var target])
        {
            return null;
        }
        var page = context.Site.Page(target.PageId);
        var anchor = target.Url[(target.Url.IndexOf('#') + 1)..];
        var paragraph = page?.Parsed.Ast.OfType<ParagraphBlock>().FirstOrDefault(p => p.GetAttributes().Id == anchor);
        if (page is null || paragraph is null)
        {
            return null;
        }
        var pageUrl = context.Urls.Path(page.Route.Url);
        var html = MarkdownHtml.RenderBlocks([paragraph], MarkdownRenderMode.Excerpt(pageUrl));
        return new ParagraphExcerpt(new RawHtml(html), context.Urls.Path(target.Url), page.Parsed.Source.FrontMatter.Title, target.Title);
    }
}
