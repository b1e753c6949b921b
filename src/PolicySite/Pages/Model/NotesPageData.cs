namespace PolicySite.Pages.Model;

/// <summary><c>page.data</c> of the notes page.</summary>
public sealed record NotesPageData(IReadOnlyList<NoteEntry> Notes);
