namespace PolicySite.Markdown.Prerendering;

/// <summary>One note of a page's <see cref="PrerenderedNotes"/>: Markdig's number for it, how often the page cites it, and where its text ends.</summary>
/// <param name="Order">Its number on its page (Markdig's); the document's number is this plus the page's offset.</param>
/// <param name="Citations">How many times the page cites it.</param>
/// <param name="End">Where its text ends in the notes' UTF-8, which is where the next note's starts.</param>
public readonly record struct PrerenderedNote(int Order, int Citations, int End);
