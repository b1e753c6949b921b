using PolicySite.Validation;

namespace PolicySite.Tests.Stages;

public sealed class PageIdsTests
{
    [Fact]
    public void Should_find_each_id_of_the_page_and_nothing_else()
    {
        string[] ids = ["section-2", "über", "a", "Zeta", "section-10", "note-3", "-"];

        var pageIds = PageIds.From(ids);

        Assert.All(ids, id => Assert.True(pageIds.Contains(id), id));
        Assert.All(ids, id => Assert.True(pageIds.Contains(id.AsSpan()), id));
        Assert.All(["", "section", "section-1", "uber", "zeta", "note-30", "b", "ü"], id => Assert.False(pageIds.Contains(id), id));
        Assert.Equal(ids.Order(StringComparer.Ordinal), pageIds);
    }

    [Fact]
    public void Should_have_no_ids_for_a_page_without_any()
    {
        var pageIds = PageIds.From([]);

        Assert.Empty(pageIds);
        Assert.False(pageIds.Contains("top"));
    }

    [Fact]
    public void Should_read_each_page_afresh_when_pages_are_read_one_after_another_on_a_thread()
    {
        // The reader's room is used again from page to page: nothing of one page may show in the next.
        var first = PageLinks.From(PolicySite.Html.HtmlTreeReader.Read("<h2 id=\"a\">A</h2><h2 id=\"a\">A</h2><a href=\"/x/\">x</a>"));
        var second = PageLinks.From(PolicySite.Html.HtmlTreeReader.Read("<h2 id=\"b\">B</h2><a href=\"#a\">a</a>"));

        Assert.Equal(["a"], first.Ids);
        Assert.Equal(["a"], first.DuplicateIds);
        Assert.Equal(["/x/"], first.Links);
        Assert.Equal(["b"], second.Ids);
        Assert.Empty(second.DuplicateIds);
        Assert.Equal(["#a"], second.Links);
    }
}
