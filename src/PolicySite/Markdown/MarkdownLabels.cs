using Markdig.Extensions.Footnotes;
using Markdig.Syntax;

namespace PolicySite.Markdown;

/// <summary>
/// The UI strings that the project's Markdown renderers write (note labels, paragraph links), in
/// the site's language. Attached to each document before rendering, because the shared pipeline
/// knows no language.
/// </summary>
public sealed record MarkdownLabels(string Heading, string Footnote, string BackToText, string ParagraphLink)
{
    private static readonly object DataKey = typeof(MarkdownLabels);

    /// <summary>Used only when a document is rendered without labels attached (stage tests).</summary>
    public static MarkdownLabels English { get; } = new("Notes", "Footnote", "Back to the text", "Link to this paragraph");

    /// <summary>The labels in the language of <paramref name="ui"/> (the theme's UI strings).</summary>
    public static MarkdownLabels From(Func<string, string> ui) =>
        new(ui("footnotes"), ui("footnote_label"), ui("footnote_back"), ui("paragraph_link"));

    /// <summary>Attaches the labels to the document and its notes, where the renderers find them.</summary>
    public void AttachTo(MarkdownDocument document)
    {
        document.SetData(DataKey, this);
        // Markdig adds a document's notes as one group at its top level, so the blocks of the
        // top level are enough: a walk of every node of 5,000 pages held up the render stage.
        for (var i = 0; i < document.Count; i++)
        {
            if (document[i] is FootnoteGroup group)
            {
                group.SetData(DataKey, this);
            }
        }
    }

    public static MarkdownLabels Of(FootnoteGroup group) => group.GetData(DataKey) as MarkdownLabels ?? English;

    public static MarkdownLabels Of(Footnote footnote) =>
        footnote.Parent is FootnoteGroup group ? Of(group) : English;

    public static MarkdownLabels Of(MarkdownDocument document) => document.GetData(DataKey) as MarkdownLabels ?? English;
}
