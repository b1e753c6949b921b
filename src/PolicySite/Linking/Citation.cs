namespace PolicySite.Linking;

/// <summary>
/// One place where a source is cited: the page and the note (its document-wide number), or, for
/// a source cited in the running text, note 0 and the top-level section it is in (null before
/// the page's first heading).
/// </summary>
public sealed record Citation(string SourceId, string PageId, int NoteNumber, string? SectionId = null)
{
    public bool InNote => NoteNumber > 0;
}
