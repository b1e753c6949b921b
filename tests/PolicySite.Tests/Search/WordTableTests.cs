using PolicySite.Search;

namespace PolicySite.Tests.Search;

public sealed class WordTableTests
{
    [Fact]
    public void Finds_each_word_added_by_its_characters_and_no_other()
    {
        var table = new WordTable(capacity: 16);
        var words = Enumerable.Range(0, 5_000).Select(i => $"w{i}").Append("").Append("rights").Append("right").ToList();
        for (var i = 0; i < words.Count; i++)
        {
            table.Add(words[i], i - 1);
        }

        // Grown far past its first room: every word still found, with its own number.
        Assert.Equal(words.Count, table.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var text = $"[{words[i]}]".AsSpan(1, words[i].Length);
            Assert.True(table.TryGet(text, out var number), words[i]);
            Assert.Equal(i - 1, number);
        }
        Assert.False(table.TryGet("righ", out _));
        Assert.False(table.TryGet("w5000", out _));
        Assert.False(table.TryGet("W1", out _));
    }
}
