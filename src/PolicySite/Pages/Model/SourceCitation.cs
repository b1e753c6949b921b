namespace PolicySite.Pages.Model;

/// <summary>A note that cites a source, with a link to the note on its page.</summary>
public sealed record SourceCitation(int NoteNumber, string PageTitle, string Url);
