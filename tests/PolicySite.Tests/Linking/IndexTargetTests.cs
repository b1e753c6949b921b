using PolicySite.Linking;

namespace PolicySite.Tests.Linking;

public class IndexTargetTests
{
    [Fact]
    public void Should_title_a_paragraph_by_its_section_and_number_and_link_to_its_anchor()
    {
        var target = IndexTarget.Paragraph("partners#partnerships-p2", "partners", "/chapters/partners/", "partnerships-p2", "3 Stronger partnerships", 2);

        Assert.Equal("3 Stronger partnerships, ¶ 2", target.Title);
        Assert.Equal("/chapters/partners/#partnerships-p2", target.Url);
        Assert.Equal("partners", target.PageId);
    }

    [Fact]
    public void Should_link_a_section_to_its_anchor_under_its_own_title()
    {
        var target = IndexTarget.Section("partners#partnerships", "partners", "/chapters/partners/", "partnerships", "3 Stronger partnerships");

        Assert.Equal("3 Stronger partnerships", target.Title);
        Assert.Equal("/chapters/partners/#partnerships", target.Url);
    }

    [Fact]
    public void Should_equal_a_target_given_the_same_values_in_full()
    {
        var computed = IndexTarget.Paragraph("p#s-p1", "p", "/p/", "s-p1", "S", 1);
        var written = new IndexTarget("p#s-p1", "S, ¶ 1", "/p/#s-p1", "p");

        Assert.Equal(written, computed);
        Assert.Equal(written.GetHashCode(), computed.GetHashCode());
        Assert.NotEqual(written, IndexTarget.Paragraph("p#s-p1", "p", "/p/", "s-p1", "S", 2));
        Assert.NotEqual(written, IndexTarget.Section("p#s-p1", "p", "/other/", "s-p1", "S, ¶ 1"));
    }
}
