using Markdig.Renderers;

namespace PolicySite.Markdown.Prerendering;

/// <summary>
/// The holes of a body being prerendered (<see cref="MarkdownHtml.Prerender"/>), recorded by the
/// renderers at the place they would have written what is not known yet: byte offsets into the
/// body's UTF-8 (<see cref="Utf8BodyWriter"/>).
/// </summary>
internal sealed class BodyHoles(string crossReferenceScheme)
{
    private readonly List<BodyHole> _holes = [];

    /// <summary>The scheme of the links whose targets Link resolves (<c>xref:</c>).</summary>
    public string CrossReferenceScheme { get; } = crossReferenceScheme;

    public List<BodyHole> Recorded => _holes;

    public void Note(HtmlRenderer renderer, int note) => _holes.Add(new BodyHole(Position(renderer), BodyHoleKind.NoteNumber, note, null));

    public void CrossReference(HtmlRenderer renderer, BodyHoleKind kind, string id) => _holes.Add(new BodyHole(Position(renderer), kind, 0, id));

    private static int Position(HtmlRenderer renderer)
    {
        // Writing nothing writes what the renderer still owes first (an indent), so the hole goes after it.
        renderer.Write(string.Empty);
        return ((Utf8BodyWriter)renderer.Writer).Length;
    }
}
