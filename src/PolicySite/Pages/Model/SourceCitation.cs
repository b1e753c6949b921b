namespace PolicySite.Pages.Model;

/// <summary>A note that cites a source, with a link to the note on its page; note 0 for a citation in the running text, linked to its section.</summary>
public sealed record SourceCitation(int NoteNumber, string PageTitle, string Url);
