namespace PolicySite.Markdown.Prerendering;

/// <summary>
/// A page's notes as the notes page shows them, rendered when the page is parsed, as its body is
/// (<see cref="MarkdownHtml.PrerenderNotes"/>): their texts one after another, with holes for what
/// Link decides. Kept instead of the notes' AST, some 11 objects a note: at 5,000 pages 15,000
/// notes, whose 170,000 objects every collection from Parse to the notes page copied or marked
/// (session 14: 5,000 pages 1.48 -> 1.38 s, CPU 2.73 -> 2.56 s, peak 257 -> 247 MiB).
/// </summary>
public sealed class PrerenderedNotes(PrerenderedBody text, PrerenderedNote[] notes)
{
    /// <summary>A page without notes: one instance for all of them.</summary>
    public static PrerenderedNotes None { get; } = new(new PrerenderedBody([], []), []);

    public IReadOnlyList<PrerenderedNote> Notes { get; } = notes;

    /// <summary>The HTML of note <paramref name="index"/>, its holes filled as <see cref="MarkdownHtml.WritePrerendered(PrerenderedBody, TextWriter, int, Func{string, CrossReferenceTarget?})"/> fills a body's.</summary>
    public string Html(int index, int noteOffset, Func<string, CrossReferenceTarget?> crossReference)
    {
        var start = index == 0 ? 0 : notes[index - 1].End;
        using var writer = new StringWriter();
        MarkdownHtml.WritePrerendered(text, start, notes[index].End, writer, noteOffset, crossReference);
        return writer.ToString();
    }
}
