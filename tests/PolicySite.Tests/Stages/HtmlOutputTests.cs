using PolicySite.Templates;

namespace PolicySite.Tests.Stages;

public sealed class HtmlOutputTests
{
    [Fact]
    public void A_page_longer_than_the_buffer_is_kept_whole_and_the_next_page_starts_empty()
    {
        var output = new HtmlOutput();
        var line = "<p>" + new string('x', 1000) + "</p>\n";
        var expected = string.Concat(Enumerable.Repeat(line, 3000));

        foreach (var _ in Enumerable.Range(0, 3000))
        {
            output.Write(">>" + line + "<<", 2, line.Length);
        }
        Assert.Equal(expected, output.Html.ToString());
        Assert.Equal(expected, output.ToString());

        output.Clear();
        output.Append("<p>next</p>");
        Assert.Equal("<p>next</p>", output.Html.ToString());
    }
}
