using PolicySite.Html;
using PolicySite.Publishing;

namespace PolicySite.Tests.Publishing;

/// <summary>The sitemap leaves out a page exactly when its head tells search engines not to index it.</summary>
public sealed class RobotsMetaTests
{
    [Theory]
    [InlineData("""<head><meta name="robots" content="noindex"></head><body>x</body>""", true)]
    [InlineData("""<head><meta name="ROBOTS" content="NoIndex, follow"></head>""", true)]
    [InlineData("""<head><meta name="robots" content="none"></head>""", true)]
    [InlineData("""<head><meta name="robots" content="index, follow"></head>""", false)]
    [InlineData("""<head><meta name="description" content="noindex"></head>""", false)]
    [InlineData("""<head><title>t</title></head><body><p>noindex</p><meta name="robots" content="noindex"></body>""", false)]
    [InlineData("""<head></head>""", false)]
    public void Should_read_noindex_from_the_robots_meta_element_of_the_head(string html, bool expected)
    {
        Assert.Equal(expected, RobotsMeta.IsNoIndex(HtmlTreeReader.Read(html)));
    }
}
