namespace PolicySite.Linking;

/// <summary>One place where a source is cited: the page and the note (its document-wide number).</summary>
public sealed record Citation(string SourceId, string PageId, int NoteNumber);
