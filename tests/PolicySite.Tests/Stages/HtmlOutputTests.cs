using PolicySite.Templates;

namespace PolicySite.Tests.Stages;

public sealed class HtmlOutputTests
{
    private static readonly string Line = "<p>" + new string('x', 1000) + "</p>\n";

    [Fact]
    public void A_page_longer_than_the_buffer_is_kept_whole_and_the_next_page_starts_empty()
    {
        var output = new HtmlOutput();
        var expected = string.Concat(Enumerable.Repeat(Line, 3000));

        foreach (var _ in Enumerable.Range(0, 3000))
        {
            output.Write(">>" + Line + "<<", 2, Line.Length);
        }
        Assert.Equal(expected.Length, output.Length);
        Assert.Equal(expected, output.ToString());
        Assert.Equal(expected, output.Html.ToString());

        output.Clear();
        output.Append("<p>next</p>");
        Assert.Equal("<p>next</p>", output.Html.ToString());
        Assert.Equal(11, output.Length);
    }

    [Fact]
    public void A_long_page_is_held_in_chunks_small_enough_for_the_small_object_heap()
    {
        var output = new HtmlOutput(initialCapacity: 4 * 1024);
        foreach (var _ in Enumerable.Range(0, 3000))
        {
            output.Append(Line);
        }

        var chunks = new List<string>();
        foreach (var chunk in output.Written)
        {
            chunks.Add(chunk.ToString());
        }
        Assert.True(chunks.Count > 1);
        // 85,000 bytes is where .NET puts an array on the large object heap.
        Assert.All(chunks, chunk => Assert.True(chunk.Length * sizeof(char) < 85_000, $"a chunk of {chunk.Length} characters"));
        Assert.Equal(string.Concat(Enumerable.Repeat(Line, 3000)), string.Concat(chunks));
    }

    [Fact]
    public void A_character_pair_split_between_chunks_comes_back_whole()
    {
        var output = new HtmlOutput(initialCapacity: 4 * 1024);
        var text = new string('a', 4 * 1024 - 1) + "😀" + "b";
        output.Append(text);

        Assert.Equal(text, output.ToString());
        Assert.Equal(text, output.Html.ToString());
    }

    [Fact]
    public void Room_reserved_before_writing_holds_the_page_in_one_piece()
    {
        var output = new HtmlOutput();
        var page = string.Concat(Enumerable.Repeat(Line, 100));
        output.Reserve(page.Length);
        output.Append(page);

        var chunks = 0;
        foreach (var _ in output.Written)
        {
            chunks++;
        }
        Assert.Equal(1, chunks);
        Assert.Equal(page, output.Html.ToString());
        Assert.Throws<InvalidOperationException>(() => output.Reserve(10));
    }

    [Fact]
    public void A_buffer_written_as_content_reaches_the_page_unchanged()
    {
        var layout = new HtmlOutput(initialCapacity: 4 * 1024);
        foreach (var _ in Enumerable.Range(0, 200))
        {
            layout.Append(Line);
        }
        var template = Scriban.Template.Parse("<main>{{ content }}</main>");
        var context = new EscapingTemplateContext(new Scriban.Functions.BuiltinFunctions());
        context.PushGlobal(new Scriban.Runtime.ScriptObject { ["content"] = layout });
        var page = new HtmlOutput();

        context.RenderInto(template, page);

        Assert.Equal("<main>" + string.Concat(Enumerable.Repeat(Line, 200)) + "</main>", page.ToString());
    }
}
