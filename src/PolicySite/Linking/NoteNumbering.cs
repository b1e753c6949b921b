using Markdig.Extensions.Footnotes;

namespace PolicySite.Linking;

/// <summary>One numbering of the notes for the whole document, in reading order.</summary>
internal static class NoteNumbering
{
    /// <summary>
    /// Markdig numbers each page's notes from 1 in order of first citation; the document numbers
    /// them across all its pages, so each page's notes are shifted by the notes that precede it.
    /// </summary>
    public static void Number(IReadOnlyList<LinkedPage> readingOrder)
    {
        var offset = 0;
        foreach (var page in readingOrder)
        {
            var notes = page.Parsed.Ast.OfType<FootnoteGroup>().SelectMany(g => g.OfType<Footnote>()).ToList();
            foreach (var note in notes)
            {
                note.Order += offset;
            }
            offset += notes.Count;
        }
    }
}
