using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using PolicySite.Markdown;
using PolicySite.Markdown.Prerendering;

namespace PolicySite.Markdown.Extensions.Footnotes;

/// <summary>
/// Renders a note reference (<c>fnref-N</c>, a second citation <c>fnref-N-2</c>) and the
/// note's backlinks to each place that cites it (labelled a, b, … when there are several).
/// </summary>
public sealed class HtmlNoteLinkRenderer : HtmlObjectRenderer<FootnoteLink>
{
    /// <summary>The id of the <paramref name="citation"/>th citation (from 1) of note <paramref name="number"/> on its page.</summary>
    public static string ReferenceId(int number, int citation) =>
        citation == 1 ? $"fnref-{number}" : $"fnref-{number}-{citation}";

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
            renderer.Write(" <a href=\"#");
            WriteReferenceId(renderer, footnote, citation);
            renderer.Write($"\" class=\"footnote-back\" role=\"doc-backlink\">↩{letter}<span class=\"visually-hidden\"> ")
                .WriteEscape(labels.BackToText).Write(", ").WriteEscape(labels.Footnote.ToLowerInvariant())
                .Write(" ").WriteNoteNumber(footnote.Order).Write($"{letter}</span></a>");
            return;
        }

        // Quoted elsewhere, the reference leads to the note on its own page and has no id of its own.
        // The home URL carries the site's base path, which comes from site.yml: escaped like any URL.
        renderer.Write("<a href=\"").WriteEscapeUrl($"{Mode.HomeUrl}#fn-").WriteNoteNumber(footnote.Order).Write("\"");
        if (!Mode.IsExcerpt)
        {
            renderer.Write(" id=\"");
            WriteReferenceId(renderer, footnote, citation);
            renderer.Write("\"");
        }
        renderer.Write(" class=\"footnote-ref\" role=\"doc-noteref\"><sup><span class=\"visually-hidden\">")
            .WriteEscape(labels.Footnote)
            .Write(" </span>").WriteNoteNumber(footnote.Order).Write("</sup></a>");
    }

    /// <summary><see cref="ReferenceId"/>, written with the note's number as a hole while a body is prerendered.</summary>
    private static void WriteReferenceId(HtmlRenderer renderer, Footnote footnote, int citation)
    {
        renderer.Write("fnref-").WriteNoteNumber(footnote.Order);
        if (citation > 1)
        {
            renderer.Write($"-{citation}");
        }
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
