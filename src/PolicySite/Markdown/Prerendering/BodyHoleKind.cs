namespace PolicySite.Markdown.Prerendering;

/// <summary>What a <see cref="BodyHole"/> of a prerendered body stands for.</summary>
public enum BodyHoleKind
{
    /// <summary>A note's number: Markdig's number on the page, plus the notes of the pages before it in reading order.</summary>
    NoteNumber,

    /// <summary>The URL of a cross-reference's target, escaped as a URL.</summary>
    CrossReferenceUrl,

    /// <summary>The title of a cross-reference's target, escaped as text: the text of an empty or bare link.</summary>
    CrossReferenceTitle,
}
