using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Markdown;
using PolicySite.Templates;

namespace PolicySite.Tests.Stages;

public sealed class SourceReleasesTests
{
    [Fact]
    public void A_page_rendered_before_the_generated_pages_are_done_keeps_its_AST_until_the_last_one_is()
    {
        var releases = new SourceReleases(generatedPages: 2);
        var page = Page("a");

        releases.Release(page);
        releases.GeneratedPageDone();
        Assert.NotNull(page.Ast);

        releases.GeneratedPageDone();
        Assert.Throws<InvalidOperationException>(() => page.Ast);
        Assert.Throws<InvalidOperationException>(() => page.Source.Body);
    }

    [Fact]
    public void A_page_rendered_after_the_generated_pages_is_let_go_at_once_and_so_is_every_page_without_any()
    {
        var after = new SourceReleases(generatedPages: 1);
        after.GeneratedPageDone();
        var page = Page("a");
        after.Release(page);
        Assert.Throws<InvalidOperationException>(() => page.Ast);

        var none = new SourceReleases(generatedPages: 0);
        var other = Page("b");
        none.Release(other);
        Assert.Throws<InvalidOperationException>(() => other.Ast);
    }

    [Fact]
    public void Every_page_is_let_go_however_the_threads_interleave_and_none_before_the_generated_pages_are_done()
    {
        const int Generated = 4;
        for (var round = 0; round < 50; round++)
        {
            var releases = new SourceReleases(Generated);
            var pages = Enumerable.Range(0, 200).Select(i => Page($"p{i}")).ToList();
            var random = new Random(round);
            var work = Enumerable.Repeat<ParsedPage?>(null, Generated).Concat(pages).OrderBy(_ => random.Next()).ToList();
            var quotedAReleasedPage = 0;
            Parallel.ForEach(work, page =>
            {
                if (page is not null)
                {
                    releases.Release(page);
                    return;
                }
                // What a generated page does while it renders: read the other pages' ASTs.
                if (pages.Any(p => !Readable(p)))
                {
                    Interlocked.Increment(ref quotedAReleasedPage);
                }
                releases.GeneratedPageDone();
            });
            Assert.Equal(0, quotedAReleasedPage);
            Assert.All(pages, p => Assert.False(Readable(p)));
        }
    }

    private static bool Readable(ParsedPage page)
    {
        try
        {
            return page.Ast is not null;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static ParsedPage Page(string id)
    {
        var front = new ChapterFrontMatter { Id = id, Number = "I", Title = id, Order = 1 };
        return ParseMarkdown.Parse(new SourceDocument($"input/chapters/{id}.md", PageKind.Chapter, front, "Text.\n", 7), new DiagnosticBag());
    }
}
