namespace PolicySite.Markdown.Prerendering;

/// <summary>
/// A page's body rendered to HTML as soon as it was parsed, with holes where the Link stage's
/// results go (<see cref="BodyHoleKind"/>): the notes' numbers across the document and the
/// cross-references' targets. Render fills them in (<see cref="MarkdownHtml.WritePrerendered(PrerenderedBody, TextWriter, int, Func{string, CrossReferenceTarget?})"/>),
/// so that a one-off build parses each page once and holds neither its AST nor its text between
/// Parse and Render.
/// </summary>
public sealed class PrerenderedBody(byte[] utf8, BodyHole[] holes)
{
    /// <summary>The HTML, UTF-8, without what goes in the holes.</summary>
    public ReadOnlyMemory<byte> Utf8 { get; } = utf8;

    /// <summary>The holes, in order of where they are.</summary>
    public IReadOnlyList<BodyHole> Holes { get; } = holes;
}
