using System.Text.RegularExpressions;
using PolicySite.Content;
using PolicySite.Linking;
using PolicySite.Pages;
using PolicySite.Pages.Model;

namespace PolicySite.Search;

/// <summary>
/// The A–Z index of the document's subjects, as a printed book has one: the titles and headings
/// of its pages, its thematic priorities and the entries of its annex (programmes, funds,
/// conferences), each with the places that deal with it. It is what the search page offers when
/// there is no script to search with.
/// </summary>
internal static partial class SubjectIndex
{
    private const string OtherGroup = "#";

    /// <summary>
    /// The most section headings the index lists. Every reader of the search page downloads the
    /// index, script or not; a document with more headings than this (a few hundred pages) lists
    /// its pages' titles, priorities and annex entries only, so that the page stays small.
    /// </summary>
    public const int HeadingLimit = 2_000;

    public static (IReadOnlyList<SearchLetter> Letters, IReadOnlyList<SearchSubjectGroup> Groups) Build(
        PageDataContext context, IReadOnlyList<PriorityData> priorities, AnnexData? annex)
    {
        var site = context.Site;
        var entries = new List<(string Label, SearchSubjectLink Link)>();
        var pagesById = site.AllPages.DistinctBy(p => p.Id, StringComparer.Ordinal).ToDictionary(p => p.Id, StringComparer.Ordinal);

        var withHeadings = site.AllPages.Sum(p => p.Parsed.Headings.Count) <= HeadingLimit;
        foreach (var page in site.AllPages)
        {
            var where = Where(page, context.Ui);
            var url = context.Urls.Path(page.Route.Url);
            entries.Add((page.Parsed.Source.FrontMatter.Title, new SearchSubjectLink(PageLabel(page, context.Ui) ?? where, url)));
            foreach (var heading in withHeadings ? page.Parsed.Headings : [])
            {
                entries.Add((WithoutNumber(heading.Title), new SearchSubjectLink(where, $"{url}#{heading.Id}")));
            }
        }

        // Two generated pages with one id are an error the build reports (PS0021); the first stands here.
        var generated = site.Generated.DistinctBy(g => g.Id, StringComparer.Ordinal).ToDictionary(g => g.Id, StringComparer.Ordinal);
        foreach (var priority in priorities)
        {
            if (generated.TryGetValue(priority.Id, out var page))
            {
                entries.Add((priority.Title, new SearchSubjectLink(context.Ui("priority_caption"), context.Urls.Path(page.Route.Url))));
            }
        }

        foreach (var row in annex?.Tables.SelectMany(t => t.Rows) ?? [])
        {
            if (row.Cells is [{ Length: > 0 } label, ..] && site.Index.Find(row.Source) is [var target]
                && pagesById.TryGetValue(target.PageId, out var page))
            {
                entries.Add((label, new SearchSubjectLink($"{Where(page, context.Ui)} › {target.Title}", context.Urls.Path(target.Url))));
            }
        }

        var subjects = entries
            .Where(e => e.Label.Trim().Length > 0)
            .GroupBy(e => SearchText.Fold(e.Label.Trim()), StringComparer.Ordinal)
            .Select(g => (Key: SortKey(g.Key), Subject: new SearchSubject(
                g.First().Label.Trim(),
                g.Select(e => e.Link).DistinctBy(l => l.Url).ToList())))
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .ThenBy(s => s.Subject.Label, StringComparer.Ordinal)
            .ToList();

        var groups = subjects
            .GroupBy(s => GroupOf(s.Key))
            .Select(g => new SearchSubjectGroup(g.Key, GroupId(g.Key), g.Select(s => s.Subject).ToList()))
            .OrderBy(g => g.Letter == OtherGroup ? 1 : 0)
            .ThenBy(g => g.Letter, StringComparer.Ordinal)
            .ToList();

        var present = groups.Select(g => g.Letter).ToHashSet(StringComparer.Ordinal);
        var letters = Enumerable.Range('A', 26)
            .Select(c => ((char)c).ToString())
            .Append(OtherGroup)
            .Where(l => l != OtherGroup || present.Contains(OtherGroup))
            .Select(l => new SearchLetter(l, present.Contains(l) ? GroupId(l) : null))
            .ToList();
        return (letters, groups);
    }

    /// <summary>Where a page is, briefly: "Chapter III", the objective's theme, "Events".</summary>
    private static string Where(LinkedPage page, Func<string, string> ui) => page.Parsed.Source.FrontMatter switch
    {
        ChapterFrontMatter chapter => $"{ui("chapter")} {chapter.Number}",
        ObjectiveFrontMatter objective => objective.Title,
        _ when page.Parsed.Source.Kind == PageKind.Event => ui("events"),
        var front => front.Title,
    };

    /// <summary>A page named by its place rather than its title, where it has one: "Objective II" for Democracy.</summary>
    private static string? PageLabel(LinkedPage page, Func<string, string> ui) => page.Parsed.Source.FrontMatter switch
    {
        ObjectiveFrontMatter objective => $"{ui("objective")} {objective.Objective}",
        _ => null,
    };

    /// <summary>"3 Stronger partnerships…" is filed under S, as readers look it up.</summary>
    private static string WithoutNumber(string heading) => LeadingNumber().Replace(heading, "");

    /// <summary>The folded label from its first letter or digit on: "'rules of the road'" sorts under R.</summary>
    private static string SortKey(string folded)
    {
        var start = 0;
        while (start < folded.Length && !char.IsLetterOrDigit(folded[start]))
        {
            start++;
        }
        return folded[start..];
    }

    private static string GroupOf(string key) =>
        key.Length > 0 && key[0] is >= 'a' and <= 'z' ? char.ToUpperInvariant(key[0]).ToString() : OtherGroup;

    private static string GroupId(string letter) => letter == OtherGroup ? "subjects-other" : $"subjects-{letter.ToLowerInvariant()}";

    [GeneratedRegex(@"^\d+(\.\d+)*\.?\s+")]
    private static partial Regex LeadingNumber();
}
