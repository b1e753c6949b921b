using System.Globalization;
using Markdig.Renderers;

namespace PolicySite.Markdown.Prerendering;

/// <summary>How the notes' renderers write a note's number: as it is, or as a hole while a body is prerendered.</summary>
internal static class NoteNumbers
{
    public static HtmlRenderer WriteNoteNumber(this HtmlRenderer renderer, int order)
    {
        if (renderer is PolicyHtmlRenderer { Holes: { } holes })
        {
            holes.Note(renderer, order);
            return renderer;
        }
        return renderer.Write(order.ToString(CultureInfo.InvariantCulture));
    }
}
