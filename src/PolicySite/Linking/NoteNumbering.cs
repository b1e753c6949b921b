using PolicySite.Markdown;

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
            page.NoteOffset = offset;
            if (offset != 0)
            {
                var shift = offset;
                page.Parsed.Change(ast =>
                {
                    foreach (var note in DocumentNotes.Of(ast))
                    {
                        note.Order += shift;
                    }
                });
            }
            offset += page.Facts.NoteOrders.Count;
        }
    }
}
