using System.Globalization;
using System.Text;
using PolicySite.Search;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Search;

/// <summary>
/// The A–Z index on the search page of a document with more section headings than
/// <see cref="SubjectIndex.HeadingLimit"/>: every reader downloads that page, so it lists the
/// pages by title and leaves the headings to search.
/// </summary>
public sealed class LongDocumentSubjectIndexTests
{
    [Theory]
    [InlineData(10, true)]
    [InlineData(SubjectIndex.HeadingLimit / 10 + 1, false)]
    public void Headings_are_subjects_only_while_the_document_has_few_enough(int chapters, bool headingsListed)
    {
        using var site = new SiteFixture();
        for (var i = 1; i <= chapters; i++)
        {
            var body = new StringBuilder();
            for (var h = 1; h <= 10; h++)
            {
                body.Append(CultureInfo.InvariantCulture, $"## Topic {i} {h} {{#t{h}}}\n\nText.\n\n");
            }
            site.Write($"input/chapters/{i:D4}.md", string.Create(CultureInfo.InvariantCulture,
                $"---\nid: c{i}\nnumber: \"{i}\"\ntitle: \"Chapter {i}\"\norder: {i}\n---\n\n{body}"));
        }

        Assert.True(site.Build().Succeeded);
        var labels = site.Page("search/index.html").QuerySelectorAll(".subject-list .subject-label").Select(l => l.TextContent).ToHashSet();

        Assert.Contains("Chapter 1", labels);
        Assert.Contains($"Chapter {chapters}", labels);
        Assert.Equal(headingsListed, labels.Contains("Topic 1 1"));
    }
}
