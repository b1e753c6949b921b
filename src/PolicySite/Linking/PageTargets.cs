using System.Globalization;
using PolicySite.Markdown;

namespace PolicySite.Linking;

/// <summary>
/// What one page brings to the index (<see cref="SiteIndex"/>) besides itself: its sections, its
/// paragraphs and its notes, kept as the Parse stage found them, with no target made until an id
/// asks for one.
/// </summary>
/// <remarks>
/// A 5,000-page site has some 20,000 sections, 150,000 paragraphs and 15,000 notes, almost none
/// of them ever linked to. A target and an id string each (and for a note a title and a URL too)
/// were some 100,000 objects held from Link to the end of the build, which every full collection
/// marked again.
/// </remarks>
/// <param name="NoteOffset">How many of the document's notes come before the page's.</param>
/// <param name="NoteOrders">The page's notes' numbers on the page (Markdig's); empty for a page whose notes are its own (an event's), not numbered with the document's.</param>
internal sealed record PageTargets(
    string PageId,
    string PageUrl,
    string PageTitle,
    IReadOnlyList<Heading> Headings,
    IReadOnlyList<ParagraphAnchor> Anchors,
    int NoteOffset,
    IReadOnlyList<int> NoteOrders)
{
    /// <summary>Adds the section of each heading whose id is <paramref name="headingId"/> (several only when an author gave two headings one id).</summary>
    public void AddSections(ReadOnlySpan<char> headingId, List<IndexTarget> targets)
    {
        for (var h = 0; h < Headings.Count; h++)
        {
            var heading = Headings[h];
            if (headingId.SequenceEqual(heading.Id))
            {
                targets.Add(IndexTarget.Section($"{PageId}#{heading.Id}", PageId, PageUrl, heading.Id, heading.Title));
            }
        }
    }

    /// <summary>Adds the target of each paragraph whose anchor is <paramref name="anchor"/> (several only when an author gave two paragraphs one id).</summary>
    public void AddParagraphs(ReadOnlySpan<char> anchor, string id, List<IndexTarget> targets)
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

    /// <summary>Whether the document's note <paramref name="number"/> is one of the page's.</summary>
    public bool HasNote(int number) => number > NoteOffset && NoteOrders.Contains(number - NoteOffset);

    /// <summary>The target of the document's note <paramref name="number"/>, which is one of the page's (<see cref="HasNote"/>).</summary>
    public IndexTarget Note(int number, string noteWord)
    {
        var digits = number.ToString(CultureInfo.InvariantCulture);
        return new IndexTarget($"note-{digits}", $"{noteWord} {digits}", $"{PageUrl}#fn-{digits}", PageId);
    }

    /// <summary>The ids of the page's sections (<c>page#heading</c>), paragraphs and notes, for suggestions.</summary>
    public IEnumerable<string> Ids()
    {
        foreach (var heading in Headings)
        {
            yield return $"{PageId}#{heading.Id}";
        }
        foreach (var paragraph in Anchors)
        {
            yield return $"{PageId}#{paragraph.Id}";
        }
        foreach (var order in NoteOrders)
        {
            yield return $"note-{(order + NoteOffset).ToString(CultureInfo.InvariantCulture)}";
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
