using System.Buffers;
using System.Globalization;
using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Syntax;
using PolicySite.Markdown.Extensions.Footnotes;
using PolicySite.Markdown.Extensions.Permalinks;
using PolicySite.Markdown.Prerendering;

namespace PolicySite.Markdown;

/// <summary>Renders a Markdown AST, or a part of one, to HTML with the project's renderers.</summary>
public static class MarkdownHtml
{
    public static string Render(MarkdownObject node) => Write(MarkdownRenderMode.OwnPage, renderer => renderer.Render(node));

    /// <summary>
    /// Renders a page's body into <paramref name="writer"/> as <see cref="Render"/> would return it:
    /// the render stage writes it into a buffer of the page's rather than make a string of it.
    /// </summary>
    public static void RenderInto(MarkdownObject node, TextWriter writer)
    {
        var renderer = Take(MarkdownRenderMode.OwnPage);
        var own = renderer.Writer;
        renderer.Writer = writer;
        renderer.Render(node);
        writer.Flush();
        renderer.Writer = own;
        t_renderer = renderer;
    }

    /// <summary>
    /// Renders a page's body as <see cref="RenderInto"/> would once Link has numbered its notes and
    /// resolved its cross-references (links in <paramref name="crossReferenceScheme"/>), with holes
    /// for those: the page's labels must be attached and its source links resolved already.
    /// </summary>
    public static PrerenderedBody Prerender(MarkdownDocument document, string crossReferenceScheme) =>
        Prerendered(MarkdownRenderMode.OwnPage, crossReferenceScheme, renderer => renderer.Render(document));

    /// <summary>
    /// Renders <paramref name="notes"/> as the notes page shows each (<see cref="RenderChildren"/> in
    /// <see cref="MarkdownRenderMode.NoteText"/>), one after another, with holes as <see cref="Prerender"/>
    /// leaves them: at the same point, with the same labels and source links.
    /// </summary>
    public static PrerenderedNotes PrerenderNotes(IReadOnlyList<Footnote> notes, string crossReferenceScheme)
    {
        if (notes.Count == 0)
        {
            return PrerenderedNotes.None;
        }
        var prerendered = new PrerenderedNote[notes.Count];
        var text = Prerendered(MarkdownRenderMode.NoteText, crossReferenceScheme, renderer =>
        {
            for (var n = 0; n < notes.Count; n++)
            {
                // A note's paragraphs end with a line end, so nothing is owed when its end is read
                // (writing nothing to flush it, as a hole does, would tell the renderer that the
                // line goes on, and the next body it renders would start with an empty line).
                renderer.WriteChildren(notes[n]);
                prerendered[n] = new PrerenderedNote(notes[n].Order, notes[n].Links.Count, ((Utf8BodyWriter)renderer.Writer).Length);
            }
        });
        return new PrerenderedNotes(text, prerendered);
    }

    private static PrerenderedBody Prerendered(MarkdownRenderMode mode, string crossReferenceScheme, Action<PolicyHtmlRenderer> render)
    {
        var renderer = Take(mode);
        var own = renderer.Writer;
        var writer = t_bodyWriter ??= new Utf8BodyWriter();
        writer.Clear();
        var holes = new BodyHoles(crossReferenceScheme);
        renderer.Writer = writer;
        renderer.Holes = holes;
        render(renderer);
        renderer.Holes = null;
        renderer.Writer = own;
        t_renderer = renderer;
        return new PrerenderedBody(writer.TakeBytes(), holes.Recorded.ToArray());
    }

    /// <summary>
    /// Writes a <see cref="Prerender"/>ed body into <paramref name="writer"/> with its holes filled:
    /// each note's number plus <paramref name="noteOffset"/>, each cross-reference's target as
    /// <paramref name="crossReference"/> gives it (Link has reported any that has none).
    /// </summary>
    public static void WritePrerendered(PrerenderedBody body, TextWriter writer, int noteOffset, Func<string, CrossReferenceTarget?> crossReference) =>
        WritePrerendered(body, 0, body.Utf8.Length, writer, noteOffset, crossReference);

    /// <summary>Writes the part of a prerendered text from byte <paramref name="start"/> to <paramref name="end"/> (one of <see cref="PrerenderNotes"/>), with the holes in it filled.</summary>
    public static void WritePrerendered(PrerenderedBody body, int start, int end, TextWriter writer, int noteOffset, Func<string, CrossReferenceTarget?> crossReference)
    {
        // A renderer of its own, only to escape: the thread's renderer remembers whether it last
        // wrote a line end, and the next page it renders would start differently.
        var escaper = t_escaper ??= new HtmlRenderer(TextWriter.Null);
        escaper.Writer = writer;
        var utf8 = body.Utf8.Span[..end];
        // Never more characters than bytes.
        var chars = ArrayPool<char>.Shared.Rent(end - start);
        var from = start;
        foreach (var hole in body.Holes)
        {
            // A hole is always within its text (after an opening tag's quote or bracket).
            if (hole.At < start || hole.At >= end)
            {
                continue;
            }
            WriteText(utf8[from..hole.At]);
            from = hole.At;
            switch (hole.Kind)
            {
                case BodyHoleKind.NoteNumber:
                    writer.Write((hole.Note + noteOffset).ToString(CultureInfo.InvariantCulture));
                    break;
                case BodyHoleKind.CrossReferenceUrl:
                    escaper.WriteEscapeUrl(Target(hole.CrossReference!).Url);
                    break;
                case BodyHoleKind.CrossReferenceTitle:
                    escaper.WriteEscape(Target(hole.CrossReference!).Title);
                    break;
            }
        }
        WriteText(utf8[from..]);
        ArrayPool<char>.Shared.Return(chars);
        writer.Flush();
        escaper.Writer = TextWriter.Null;

        void WriteText(ReadOnlySpan<byte> text) => writer.Write(chars, 0, Encoding.UTF8.GetChars(text, chars));

        CrossReferenceTarget Target(string id) => crossReference(id)
            ?? throw new InvalidOperationException($"cross-reference 'xref:{id}' has no one target; the Link stage should have failed the build");
    }

    /// <summary>The HTML of a block's children, e.g. a note's text without its <c>li</c>.</summary>
    public static string RenderChildren(ContainerBlock block, MarkdownRenderMode mode) =>
        Write(mode, renderer => renderer.WriteChildren(block));

    /// <summary>The HTML of some blocks of a page, e.g. one section quoted on another page.</summary>
    public static string RenderBlocks(IEnumerable<Block> blocks, MarkdownRenderMode mode) =>
        Write(mode, renderer =>
        {
            foreach (var block in blocks)
            {
                renderer.Render(block);
            }
        });

    /// <summary>
    /// One renderer per thread, with its writer, kept between calls: a renderer sets up some twenty
    /// object renderers, and a fresh writer grows its buffer again for every page (on a 5,000-page
    /// build, tens of KB a page that the collector then has to clear away).
    /// </summary>
    [ThreadStatic]
    private static PolicyHtmlRenderer? t_renderer;

    /// <summary>The thread's writer of prerendered bodies, whose buffer is kept between pages.</summary>
    [ThreadStatic]
    private static Utf8BodyWriter? t_bodyWriter;

    /// <summary>The thread's renderer that escapes what fills a prerendered body's holes.</summary>
    [ThreadStatic]
    private static HtmlRenderer? t_escaper;

    private static string Write(MarkdownRenderMode mode, Action<HtmlRenderer> render)
    {
        var renderer = Take(mode);
        render(renderer);
        var writer = (StringWriter)renderer.Writer;
        writer.Flush();
        var html = writer.ToString();
        // Kept only after a render that finished: one that threw may have left it mid-element.
        writer.GetStringBuilder().Clear();
        t_renderer = renderer;
        return html;
    }

    /// <summary>The thread's renderer, set up for <paramref name="mode"/>; the caller gives it back (t_renderer) once its render finished.</summary>
    private static PolicyHtmlRenderer Take(MarkdownRenderMode mode)
    {
        // A render that starts another (a quoted section's notes) gets a renderer of its own.
        var renderer = t_renderer ?? NewRenderer();
        t_renderer = null;
        if (renderer.ObjectRenderers.Find<HtmlNoteLinkRenderer>() is { } notes)
        {
            notes.Mode = mode;
        }
        if (renderer.ObjectRenderers.Find<HtmlParagraphWithPermalinkRenderer>() is { } paragraphs)
        {
            paragraphs.Mode = mode;
        }
        return renderer;
    }

    private static PolicyHtmlRenderer NewRenderer()
    {
        var renderer = new PolicyHtmlRenderer(new StringWriter());
        MarkdownPipelineFactory.Shared.Setup(renderer);
        return renderer;
    }
}
