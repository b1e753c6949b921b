using Markdig.Renderers.Html;
using Markdig.Syntax;
using PolicySite.Markdown;

namespace PolicySite.Linking;

/// <summary>
/// Gives every paragraph of a page's text a stable id, named after the section it is in and its
/// place there (<c>partnerships-p2</c>: the second paragraph under "3 Stronger partnerships"),
/// so that readers can cite "Objective II › 3 › paragraph 2" and the id survives edits elsewhere.
/// </summary>
internal static class ParagraphAnchors
{
    public const string IntroSection = "intro";

    /// <summary>Assigns the ids and returns them in order, each with its section's id.</summary>
    public static IReadOnlyList<(string Id, string SectionId, int Number)> Assign(ParsedPage page)
    {
        var anchors = new List<(string, string, int)>();
        var section = IntroSection;
        var count = 0;
        foreach (var block in page.Ast)
        {
            switch (block)
            {
                case HeadingBlock heading when heading.GetAttributes().Id is { } headingId:
                    section = headingId;
                    count = 0;
                    break;
                case ParagraphBlock paragraph:
                    count++;
                    // An id the author gave with {#id} is kept; the others follow the section.
                    var attributes = paragraph.GetAttributes();
                    var id = attributes.Id ??= $"{section}-p{count}";
                    anchors.Add((id, section, count));
                    break;
            }
        }
        return anchors;
    }
}
