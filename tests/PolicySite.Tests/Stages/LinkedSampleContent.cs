using Markdig.Extensions.Footnotes;
using PolicySite.Markdown;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Stages;

/// <summary>
/// What the tests of a page's AST let go (<see cref="ParsedPageUnloadTests"/>) and of a prerendered
/// body (<see cref="BodyPrerenderTests"/>) share: two chapters, sources of every kind a link can
/// meet, labels in another language than the renderers' defaults, and a page's notes as the notes
/// page reads them.
/// </summary>
internal static class LinkedSampleContent
{
    /// <summary>A source with a URL, one whose link was lost, and one whose URL is a cross-reference.</summary>
    public const string References = """
        - id: with-url
          title: "Policy Framework"
          url: "https://www.government.nl/framework"
        - id: without-url
          title: "A Report Whose Link Was Lost"
        - id: via-xref
          title: "The Methods Section"
          url: "xref:second#methods"
        """;

    /// <summary>
    /// Writes the sources and two chapters, "first" (order 1) and "second" (order 2, "Second", II),
    /// with the bodies given: the pages cite each other and the sources.
    /// </summary>
    public static void WriteTwoChapters(SiteFixture site, string first, string second)
    {
        site.Write("input/data/references.yml", References);
        site.Write("input/chapters/01-first.md", SampleContent.Chapter(id: "first", order: 1, body: first + "\n"));
        site.Write("input/chapters/02-second.md", SampleContent.Chapter(id: "second", order: 2, title: "Second", number: "II", body: second + "\n"));
    }

    public static readonly MarkdownLabels Dutch = new("Noten", "Voetnoot", "Terug naar de tekst", "Link naar deze alinea");

    /// <summary>Each of the page's notes, its number and its text as the notes page renders it.</summary>
    public static string NotesHtml(ParsedPage page) => string.Concat(
        page.Notes.OfType<FootnoteGroup>().SelectMany(g => g.OfType<Footnote>())
            .Select(n => n.Order + ":" + MarkdownHtml.RenderChildren(n, MarkdownRenderMode.NoteText)));
}
