namespace PolicySite.Markdown.Prerendering;

/// <summary>
/// A place in a prerendered body where something only the Link stage knows goes in: at
/// <paramref name="At"/> (a byte offset into the body's UTF-8), a note's number on the page
/// (<paramref name="Note"/>) or a cross-reference's id (<paramref name="CrossReference"/>).
/// </summary>
public readonly record struct BodyHole(int At, BodyHoleKind Kind, int Note, string? CrossReference);
