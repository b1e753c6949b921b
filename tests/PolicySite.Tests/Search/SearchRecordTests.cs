using System.Text;
using PolicySite.Search;

namespace PolicySite.Tests.Search;

/// <summary>A section's text given as a string or already as UTF-8 (as the build gives it) makes the same record.</summary>
public sealed class SearchRecordTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Plain text.\nA second block.")]
    [InlineData("Café, naïve, Ærø and 東京")]
    [InlineData("Surrogate pairs: 😀 and 𝔸 in a line")]
    public void Given_the_same_text_When_made_from_a_string_and_from_UTF8_Then_the_records_agree(string text)
    {
        (string Id, int Start)[] paragraphs = [("p1", 0)];
        var fromString = new SearchRecord("/p/", "Page", "Heading", ["Page", "Heading"], null, text, paragraphs);
        var fromUtf8 = new SearchRecord("/p/", "Page", "Heading", ["Page", "Heading"], null, Encoding.UTF8.GetBytes(text), text.Length, paragraphs);

        Assert.Equal(fromString.Utf8Text, fromUtf8.Utf8Text);
        Assert.Equal(text.Length, fromString.TextLength);
        Assert.Equal(fromString.TextLength, fromUtf8.TextLength);
        Assert.Equal(text, fromString.Text);
        Assert.Equal(text, fromUtf8.Text);
    }
}
