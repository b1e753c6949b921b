using AngleSharp.Dom;

namespace PolicySite.Tests.Site;

/// <summary>
/// How a reader finds their way: the contents that mirror the printed document (chapters I–V, the
/// three objectives inside IV), where they are in it, the five-part approach every objective
/// follows, and previous/next in reading order.
/// </summary>
public sealed class NavigationTests(RealSite site) : IClassFixture<RealSite>
{
    private const string Contents = "nav.contents";

    private static readonly IReadOnlyList<(string Number, string Path)> Chapters =
    [
        ("I", "chapters/importance/index.html"),
        ("II", "chapters/objectives/index.html"),
        ("III", "chapters/approach/index.html"),
        ("IV", "chapters/approach-by-theme/index.html"),
        ("V", "chapters/conclusion/index.html"),
    ];

    private static readonly IReadOnlyList<string> Objectives =
    [
        "objectives/human-rights/index.html",
        "objectives/democracy/index.html",
        "objectives/international-legal-order/index.html",
    ];

    /// <summary>Chapter III's five-part approach, in its order: the sections of every objective page.</summary>
    private static readonly IReadOnlyList<string> ApproachSections = ["nexus", "dialogue", "partnerships", "multilateral", "law-and-norms"];

    public static TheoryData<string> ObjectivePages => [.. Objectives];

    public static TheoryData<string> DocumentPages => [.. RealSite.ReadingOrder];

    [Fact]
    public void The_home_page_and_every_page_of_the_document_have_the_contents()
    {
        var without = RealSite.ReadingOrder.Append("index.html").Where(p => site.Page(p).QuerySelector(Contents) is null).ToList();

        Assert.True(without.Count == 0, "no contents on: " + string.Join(", ", without));
    }

    [Fact]
    public void Wherever_the_contents_appear_they_list_chapters_I_to_V_with_the_three_objectives_under_IV()
    {
        var problems = new List<string>();
        foreach (var (path, page) in site.Pages)
        {
            var nav = page.QuerySelector(Contents);
            if (nav is null)
            {
                continue;
            }
            var items = nav.QuerySelectorAll(":scope > ol > li").ToList();
            var chapters = items.Select(li => li.QuerySelector(":scope > a")).ToList();
            var listed = chapters.Select(a => a is null ? "(no link)" : $"{VisibleText.Of(a)} → {a.GetAttribute("href")}").ToList();
            if (items.Count != Chapters.Count)
            {
                problems.Add($"{path}: {items.Count} top-level entries: {string.Join(" | ", listed)}");
                continue;
            }
            for (var i = 0; i < Chapters.Count; i++)
            {
                var (number, chapterPath) = Chapters[i];
                var link = chapters[i];
                if (link is null || link.GetAttribute("href") != RealSite.UrlOf(chapterPath)
                    || !(VisibleText.Of(link).StartsWith(number + ".", StringComparison.Ordinal) || VisibleText.Of(link).StartsWith(number + " ", StringComparison.Ordinal)))
                {
                    problems.Add($"{path}: entry {i + 1} is \"{listed[i]}\", expected chapter {number} → {RealSite.UrlOf(chapterPath)}");
                }
            }
            var underIv = items[3].QuerySelectorAll(":scope > ol > li > a").Select(a => a.GetAttribute("href")).ToList();
            if (!underIv.SequenceEqual(Objectives.Select(RealSite.UrlOf)))
            {
                problems.Add($"{path}: under IV the contents list [{string.Join(", ", underIv)}]");
            }
            var elsewhere = items.Where((_, i) => i != 3).SelectMany(li => li.QuerySelectorAll("ol")).Count();
            if (elsewhere > 0)
            {
                problems.Add($"{path}: a chapter other than IV has sub-entries");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(DocumentPages))]
    public void The_contents_mark_the_page_the_reader_is_on_as_current(string path)
    {
        var nav = site.Page(path).QuerySelector(Contents) ?? throw new Xunit.Sdk.XunitException($"{path} has no contents");

        var current = nav.QuerySelectorAll("[aria-current]").ToList();

        var link = Assert.Single(current);
        Assert.Equal("page", link.GetAttribute("aria-current"));
        Assert.Equal(RealSite.UrlOf(path), link.GetAttribute("href"));
    }

    [Theory]
    [MemberData(nameof(ObjectivePages))]
    public void Every_objective_page_follows_the_five_part_approach_in_order(string path)
    {
        var page = site.Page(path);

        var sections = page.QuerySelectorAll("main [id]").Select(e => e.Id!).Where(ApproachSections.Contains).ToList();

        Assert.Equal(ApproachSections, sections);
    }

    [Theory]
    [MemberData(nameof(DocumentPages))]
    public void Previous_and_next_links_follow_the_reading_order_of_the_document(string path)
    {
        var index = RealSite.ReadingOrder.ToList().IndexOf(path);
        var page = site.Page(path);

        Assert.Equal(index > 0 ? RealSite.UrlOf(RealSite.ReadingOrder[index - 1]) : null, Target(page, "prev"));
        Assert.Equal(index < RealSite.ReadingOrder.Count - 1 ? RealSite.UrlOf(RealSite.ReadingOrder[index + 1]) : null, Target(page, "next"));
    }

    /// <summary>Where the page's rel=prev / rel=next link goes; null when there is none, and only one is allowed.</summary>
    private static string? Target(IDocument page, string rel)
    {
        var links = page.QuerySelectorAll($"a[rel~={rel}]").Select(a => a.GetAttribute("href")).Distinct().ToList();
        Assert.True(links.Count <= 1, $"more than one {rel} target: {string.Join(", ", links)}");
        return links.SingleOrDefault();
    }
}
