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
    /// <remarks>As an array of their number: a page keeps them to the end of the build, and a list was one more object each, with room to spare.</remarks>
    public static IReadOnlyList<ParagraphAnchor> Assign(ParsedPage page)
    {
        var anchors = Assign(page.Ast);
        page.Record(ast => Assign(ast));
        return anchors.Count == 0 ? [] : anchors.ToArray();
    }

    private static List<ParagraphAnchor> Assign(MarkdownDocument ast)
    {
        // At most one anchor per top-level block: room made once instead of grown step by step.
        var anchors = new List<ParagraphAnchor>(ast.Count);
        var section = IntroSection;
        var count = 0;
        for (var i = 0; i < ast.Count; i++)
        {
            switch (ast[i])
            {
                // A heading without attributes has no id: no need to create empty ones to learn that.
                case HeadingBlock heading when heading.TryGetAttributes()?.Id is { } headingId:
                    section = headingId;
                    count = 0;
                    break;
                case ParagraphBlock paragraph:
                    count++;
                    // An id the author gave with {#id} is kept; the others follow the section.
                    var attributes = paragraph.GetAttributes();
                    var anchor = new ParagraphAnchor(attributes.Id, section, count);
                    attributes.Id = anchor.Id;
                    anchors.Add(anchor);
                    break;
            }
        }
        return anchors;
    }
}
