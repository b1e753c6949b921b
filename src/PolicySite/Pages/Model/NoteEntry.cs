using PolicySite.Templates;

namespace PolicySite.Pages.Model;

/// <summary>One note on the notes page: its document-wide number, its text, where it is cited.</summary>
public sealed record NoteEntry(int Number, RawHtml Html, string NoteUrl, IReadOnlyList<NoteCitation> CitedAt);
