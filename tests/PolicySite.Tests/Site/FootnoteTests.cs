using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace PolicySite.Tests.Site;

/// <summary>
/// The document's 31 notes, numbered across the whole document as in the printed original, each
/// reachable from its reference and back without the reader losing their place.
/// </summary>
public sealed partial class FootnoteTests(RealSite site) : IClassFixture<RealSite>
{
    private const string Notes = "section.footnotes li[id^=fn-]";
    /// <summary>References on the note's own page carry an id; a section quoted on another page (an approach page) links to the note where it lives, without one.</summary>
    private const string References = "a[role=doc-noteref][id]";
    private const string Backlinks = "a[role=doc-backlink]";

    /// <summary>Text that is there for screen readers only ("Footnote 3"): not what a sighted reader sees.</summary>
    private const string HiddenFromSight = ".visually-hidden, .sr-only, [hidden]";

    private const string AivReport = "Human Rights: A Core Interest in the Current Geopolitical Context";

    [Fact]
    public void The_site_has_exactly_31_notes_across_all_its_pages()
    {
        var notes = site.Pages.SelectMany(p => p.Value.QuerySelectorAll(Notes).Select(n => $"{p.Key}#{n.Id}")).ToList();

        Assert.True(notes.Count == 31, $"expected 31 notes, found {notes.Count}:\n" + string.Join("\n", notes));
    }

    [Fact]
    public void Read_in_document_order_the_notes_are_numbered_1_to_31_without_gaps_or_repeats()
    {
        var ids = RealSite.ReadingOrder
            .SelectMany(path => site.Page(path).QuerySelectorAll(Notes).Select(n => n.Id))
            .ToList();

        Assert.Equal(Enumerable.Range(1, 31).Select(n => $"fn-{n}"), ids);
    }

    [Fact]
    public void Every_note_reference_links_to_a_note_on_its_own_page_and_the_note_links_back_to_it()
    {
        var problems = new List<string>();
        var referenceCount = 0;
        foreach (var (path, page) in site.Pages)
        {
            foreach (var reference in page.QuerySelectorAll(References))
            {
                referenceCount++;
                var href = reference.GetAttribute("href") ?? "";
                var match = NoteHref().Match(href);
                if (!match.Success)
                {
                    problems.Add($"{path}: reference {reference.Id} links to '{href}', not to #fn-N");
                    continue;
                }
                if (string.IsNullOrEmpty(reference.Id))
                {
                    problems.Add($"{path}: reference to {href} has no id, so its note cannot link back to it");
                    continue;
                }
                var note = page.GetElementById(href[1..]);
                if (note is null || !note.Matches(Notes))
                {
                    problems.Add($"{path}: reference {reference.Id} links to {href}, which is not a note on this page");
                    continue;
                }
                var backlinks = note.QuerySelectorAll(Backlinks).Select(b => b.GetAttribute("href")).ToList();
                if (!backlinks.Contains("#" + reference.Id))
                {
                    problems.Add($"{path}: note {note.Id} links back to [{string.Join(", ", backlinks)}], not to its reference #{reference.Id}");
                }
            }
            foreach (var note in page.QuerySelectorAll(Notes))
            {
                // A note nobody refers to, or whose backlink leads nowhere, strands the reader.
                if (page.QuerySelector($"{References}[href='#{note.Id}']") is null)
                {
                    problems.Add($"{path}: note {note.Id} has no reference on its page");
                }
                foreach (var backlink in note.QuerySelectorAll(Backlinks))
                {
                    var target = backlink.GetAttribute("href") ?? "";
                    if (!target.StartsWith('#') || page.GetElementById(target[1..]) is null)
                    {
                        problems.Add($"{path}: note {note.Id} links back to '{target}', which is not on this page");
                    }
                }
            }
        }

        Assert.True(referenceCount >= 31, $"expected a reference for each of the 31 notes, found {referenceCount}");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_number_a_reader_sees_on_each_note_reference_is_the_number_of_its_note()
    {
        var problems = new List<string>();
        foreach (var (path, page) in site.Pages)
        {
            foreach (var reference in page.QuerySelectorAll(References))
            {
                var match = NoteHref().Match(reference.GetAttribute("href") ?? "");
                var seen = VisibleText.Of(reference, HiddenFromSight);
                if (!match.Success || seen != match.Groups[1].Value)
                {
                    problems.Add($"{path}: reference to '{reference.GetAttribute("href")}' shows '{seen}'");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [InlineData(9)]
    [InlineData(12)]
    public void Given_a_source_cited_twice_When_reading_either_note_Then_it_cites_the_AIV_report(int number)
    {
        var note = FindNote(number);

        Assert.Contains(AivReport, VisibleText.Of(note), StringComparison.Ordinal);
    }

    private IElement FindNote(int number) =>
        site.Pages.Values.Select(page => page.QuerySelector($"section.footnotes li#fn-{number}")).FirstOrDefault(n => n is not null)
        ?? throw new Xunit.Sdk.XunitException($"no page has note fn-{number}");

    [GeneratedRegex(@"^#fn-(\d+)$")]
    private static partial Regex NoteHref();
}
