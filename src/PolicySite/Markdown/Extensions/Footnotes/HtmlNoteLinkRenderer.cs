using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using PolicySite.Markdown;

namespace PolicySite.Markdown.Extensions.Footnotes;

/// <summary>
/// Renders a note reference (<c>fnref-N</c>, a second citation <c>fnref-N-2</c>) and the
/// note's backlinks to each place that cites it (labelled a, b, … when there are several).
/// </summary>
public sealed class HtmlNoteLinkRenderer : HtmlObjectRenderer<FootnoteLink>
{
    public static string ReferenceId(Footnote footnote, int citation) =>
        citation == 1 ? $"fnref-{footnote.Order}" : $"fnref-{footnote.Order}-{citation}";

    public MarkdownRenderMode Mode { get; set; } = MarkdownRenderMode.OwnPage;

    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        var footnote = link.Footnote;
        var labels = MarkdownLabels.Of(footnote);
        var citation = Citation(link);
        if (link.IsBackLink)
        {
            if (!Mode.WithBackLinks)
            {
                return;
            }
            var letter = footnote.Links.Count > 1 ? ((char)('a' + citation - 1)).ToString() : "";
            renderer.Write($" <a href=\"#{ReferenceId(footnote, citation)}\" class=\"footnote-back\" role=\"doc-backlink\">↩{letter}<span class=\"visually-hidden\"> ")
                .WriteEscape(labels.BackToText).Write(", ").WriteEscape(labels.Footnote.ToLowerInvariant())
                .Write($" {footnote.Order}{letter}</span></a>");
            return;
        }

        // Quoted elsewhere, the reference leads to the note on its own page and has no id of its own.
        var href = $"{Mode.HomeUrl}#fn-{footnote.Order}";
        var id = Mode.IsExcerpt ? "" : $" id=\"{ReferenceId(footnote, citation)}\"";
        // The home URL carries the site's base path, which comes from site.yml: escaped like any URL.
        renderer.Write("<a href=\"").WriteEscapeUrl(href).Write($"\"{id} class=\"footnote-ref\" role=\"doc-noteref\"><sup><span class=\"visually-hidden\">")
            .WriteEscape(labels.Footnote)
            .Write($" </span>{footnote.Order}</sup></a>");
    }

    /// <summary>Which citation of its note this is, 1-based. Backlinks share their reference's index.</summary>
    private static int Citation(FootnoteLink link)
    {
        var links = link.Footnote.Links;
        for (var i = 0; i < links.Count; i++)
        {
            if (links[i].Index == link.Index)
            {
                return i + 1;
            }
        }
        return 1;
    }
}
