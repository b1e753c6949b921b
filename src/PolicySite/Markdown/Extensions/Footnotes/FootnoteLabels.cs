using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace PolicySite.Markdown.Extensions.Footnotes;

/// <summary>
/// The UI strings that footnote markup needs, in the site's language. Attached to each
/// document before rendering, because the shared pipeline knows no language.
/// </summary>
public sealed record FootnoteLabels(string Heading, string Footnote, string BackToText)
{
    private static readonly object DataKey = typeof(FootnoteLabels);

    /// <summary>Used only when a document is rendered without labels attached (stage tests).</summary>
    public static FootnoteLabels English { get; } = new("Notes", "Footnote", "Back to the text");

    /// <summary>Attaches the labels to the document's notes, where the note renderers find them.</summary>
    public void AttachTo(MarkdownDocument document)
    {
        foreach (var group in document.Descendants<FootnoteGroup>())
        {
            group.SetData(DataKey, this);
        }
    }

    public static FootnoteLabels Of(FootnoteGroup group) => group.GetData(DataKey) as FootnoteLabels ?? English;

    public static FootnoteLabels Of(Footnote footnote) =>
        footnote.Parent is FootnoteGroup group ? Of(group) : English;
}
