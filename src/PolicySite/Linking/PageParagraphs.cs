using PolicySite.Markdown;

namespace PolicySite.Linking;

/// <summary>
/// One page's paragraph anchors as the index keeps them (<see cref="SiteIndex"/>): as the Parse
/// stage found them, with what a target needs, and no target made until an id asks for one.
/// </summary>
internal sealed record PageParagraphs(
    string PageId,
    string PageUrl,
    string PageTitle,
    IReadOnlyList<Heading> Headings,
    IReadOnlyList<ParagraphAnchor> Anchors)
{
    /// <summary>Adds the target of each paragraph whose anchor is <paramref name="anchor"/> (several only when an author gave two paragraphs one id).</summary>
    public void AddTargets(ReadOnlySpan<char> anchor, string id, List<IndexTarget> targets)
    {
        for (var a = 0; a < Anchors.Count; a++)
        {
            var paragraph = Anchors[a];
            if (paragraph.Is(anchor))
            {
                targets.Add(IndexTarget.Paragraph(id, PageId, PageUrl, paragraph.Id, SectionTitle(paragraph.SectionId), paragraph.Number));
            }
        }
    }

    /// <summary>The title of the section a paragraph is in: its page's first heading with that id, or the page's title (before the first heading).</summary>
    private string SectionTitle(string section)
    {
        for (var h = 0; h < Headings.Count; h++)
        {
            if (Headings[h].Id == section)
            {
                return Headings[h].Title;
            }
        }
        return PageTitle;
    }
}
