using System.Runtime.CompilerServices;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using PolicySite.Html;
using PolicySite.Tests.Publishing;

namespace PolicySite.Tests.Html;

/// <summary>
/// The build reads its pages with its own reader, not a browser's parser; these tests hold the
/// tree it builds to the one AngleSharp (an HTML5 parser) builds, on every page of the real site
/// and on markup written the ways HTML allows.
/// </summary>
public sealed class HtmlTreeReaderTests(PublishedSite site) : IClassFixture<PublishedSite>
{
    [Fact]
    public void Every_page_of_the_policy_site_reads_as_the_same_tree_as_an_HTML5_parser_builds()
    {
        var pages = site.Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 20, $"only {pages.Count} pages");
        foreach (var path in pages)
        {
            var html = site.Text(path);
            Assert.Equal(path + "\n" + Shape(Expected(html)), path + "\n" + Shape(HtmlTreeReader.Read(html)));
        }
    }

    [Fact]
    public void Pages_read_one_after_another_into_one_pool_of_nodes_read_as_each_does_alone()
    {
        var pool = new HtmlTreeNodePool();
        // A page with more nodes than a pool keeps comes first, so that the pages after it use a trimmed pool.
        var many = $"<body>{string.Concat(Enumerable.Repeat("<p id=x>a <em>b</em></p>\n", 20_000))}</body>";
        var pages = site.Files.Where(f => f.EndsWith(".html", StringComparison.Ordinal)).Select(site.Text).Prepend(many).ToList();
        foreach (var html in pages.Concat(pages))
        {
            Assert.Equal(Shape(Expected(html)), Shape(HtmlTreeReader.Read(html.AsMemory(), pool)));
        }
    }

    [Fact]
    public void A_pool_lets_go_of_a_longer_page_once_a_shorter_one_is_read()
    {
        var pool = new HtmlTreeNodePool();
        var longer = ReadLongerPage(pool);
        HtmlTreeReader.Read("<body><p class=\"short\">short</p></body>".AsMemory(), pool);

        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        // The nodes the pool keeps for the next pages pointed into the longer page's text and held
        // its attributes' strings: on a 5,000-page site, the notes page's 13 MiB to the end of the build.
        Assert.False(longer.Text.TryGetTarget(out _), "the pool still holds the longer page's text");
        Assert.False(longer.Attribute.TryGetTarget(out _), "the pool still holds an attribute of the longer page");
    }

    /// <summary>
    /// Reads a page of its own text into the pool and returns weak references to the text and to an
    /// attribute's value. The values have a character reference: the reader decodes those for each
    /// page rather than share them between pages (as it shares recurring ones), so only the page holds them.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference<char[]> Text, WeakReference<string> Attribute) ReadLongerPage(HtmlTreeNodePool pool)
    {
        var text = $"<body>{string.Concat(Enumerable.Range(0, 500).Select(i => $"<p id=\"note-{i}&amp;\">note {i} <em>text</em></p>"))}</body>".ToCharArray();
        var tree = HtmlTreeReader.Read(text.AsMemory(), pool);
        var attribute = tree.GetElementById("note-499&")!.Id!;
        return (new WeakReference<char[]>(text), new WeakReference<string>(attribute));
    }

    [Theory]
    [InlineData("<p>One<p>Two<div>Block</div>")]
    [InlineData("<ul><li>One<li>Two<ul><li>Inner</ul></ul><ol><li><p>Para<li>Next</ol>")]
    [InlineData("<dl><dt>Term<dd>Definition<dt>Other<dd>More</dl>")]
    [InlineData("<table><tr><td>a<td>b<tr><th>c</table><table><thead><tr><th>h<tbody><tr><td>d</table>")]
    [InlineData("<p>Fish &amp; chips &lt;3 &eacute;t&eacute; &#39;q&#x27; &#8212; &nbsp;x &copy 2026 &unknown; & alone</p>")]
    [InlineData("<a href=\"/a?x=1&amp;y=2\" title='single &quot;q&quot;' data-x=unquoted CLASS=\"Up\" class=\"second\">link</a>")]
    [InlineData("<script>if (a < b && c > d) { document.write('</div>'); }</script><p>after</p>")]
    [InlineData("<style>p > a { color: red }</style><title>A &amp; B</title><p>x</p>")]
    [InlineData("<p>one<!-- a comment with <p> inside -->two</p><p>a < b and 3<4</p>")]
    [InlineData("<div><p>unclosed</div><p>end</p></p></span>text")]
    [InlineData("<h2>one<h3>two</h3></h2><h4 id=x>three</h4>")]
    [InlineData("<p>line\r\nbreak\rhere</p><br/><img src=\"i.png\" alt=\"\"/><input value=x disabled>")]
    [InlineData("<svg viewBox=\"0 0 1 1\"><path d=\"M0\"/><title>t</title></svg><p>after</p>")]
    [InlineData("<select><option>a<option>b</select><pre>\n  code</pre>")]
    [InlineData("<section><h2 id=\"a\">A</h2><p id=\"a-p1\">Text <em>em <strong>strong</strong></em>.</p></section>")]
    public void Markup_written_the_ways_HTML_allows_reads_as_an_HTML5_parser_reads_it(string body)
    {
        var html = $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>T</title></head><body>{body}</body></html>";

        Assert.Equal(Shape(Expected(html)), Shape(HtmlTreeReader.Read(html)));
        // The render stage hands the reader a slice of a buffer it uses again, not a string.
        const string Before = "<p>before</p>";
        var buffer = (Before + html + "<p>after").ToCharArray();
        Assert.Equal(Shape(Expected(html)), Shape(HtmlTreeReader.Read(buffer.AsMemory(Before.Length, html.Length))));
    }

    [Fact]
    public void The_head_body_and_ids_are_found_as_the_DOM_finds_them()
    {
        var tree = HtmlTreeReader.Read("<!DOCTYPE html><html><head><meta name=\"robots\" content=\"noindex\"></head><body><main id=\"main\"><p id=\"x\">a</p><p id=\"x\">b</p></main></body></html>");

        Assert.Equal("meta", Assert.Single(tree.Head!.Children.OfType<HtmlTreeElement>()).Name);
        Assert.Equal("main", tree.Body!.Children.OfType<HtmlTreeElement>().Single().Name);
        Assert.Equal("a", tree.GetElementById("x")!.TextContent);
        Assert.Null(tree.GetElementById("y"));
    }

    [Fact]
    public void A_tag_cut_off_by_the_end_of_the_page_is_dropped_and_raw_text_without_an_end_runs_to_the_end()
    {
        Assert.Equal(Shape(Expected("<p>text<a href=\"x")), Shape(HtmlTreeReader.Read("<p>text<a href=\"x")));
        Assert.Equal(Shape(Expected("<p>a</p><script>never closed <p>")), Shape(HtmlTreeReader.Read("<p>a</p><script>never closed <p>")));
    }

    [Fact]
    public void Markup_nested_deeper_than_any_page_is_read_without_overflowing_the_stack()
    {
        var depth = 100_000;
        var html = $"<body>{string.Concat(Enumerable.Repeat("<div>", depth))}deep{string.Concat(Enumerable.Repeat("</div>", depth))}<p id=\"after\">after</p></body>";

        var tree = HtmlTreeReader.Read(html);

        Assert.Equal("deepafter", tree.Body!.TextContent);
        Assert.Equal("after", tree.GetElementById("after")!.TextContent);
        var deepest = tree.Body.Descendants().Max(e => Depth(e));
        // Past the cap an element is the deepest one's sibling; it still comes in document order.
        Assert.Equal(tree.Root.Descendants(), tree.Elements);
        Assert.True(deepest <= HtmlTreeBuilder.MaximumDepth + 1, $"nested {deepest} deep");
    }

    private static int Depth(HtmlTreeElement element)
    {
        var depth = 0;
        for (var e = element.Parent; e is not null; e = e.Parent)
        {
            depth++;
        }
        return depth;
    }

    private static IDocument Expected(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The body of a DOM as text: elements with their attributes, and text with adjacent runs joined; comments left out.</summary>
    private static string Shape(IDocument document)
    {
        var shape = new StringBuilder();
        Write(document.Body!, shape, 0);
        return shape.ToString();

        static void Write(INode node, StringBuilder shape, int depth)
        {
            var text = new StringBuilder();
            foreach (var child in node.ChildNodes)
            {
                if (child is IText run)
                {
                    text.Append(run.Data);
                    continue;
                }
                if (child is not IElement element)
                {
                    continue;
                }
                Flush(text, shape, depth);
                shape.Append(' ', depth * 2).Append('<').Append(element.LocalName);
                foreach (var attribute in element.Attributes)
                {
                    shape.Append(' ').Append(attribute.Name).Append("=\"").Append(attribute.Value).Append('"');
                }
                shape.Append(">\n");
                Write(element, shape, depth + 1);
            }
            Flush(text, shape, depth);
        }
    }

    private static string Shape(HtmlTree tree)
    {
        // Every tree compared here also has its element list checked: the same elements as a walk
        // of the tree finds, in the same (document) order, whether read with a pool or without.
        Assert.Equal(tree.Root.Descendants(), tree.Elements);
        var shape = new StringBuilder();
        // A page with no body tag: HTML5 makes one; everything is in it.
        Write(tree.Body ?? tree.Root, shape, 0);
        return shape.ToString();

        static void Write(HtmlTreeElement node, StringBuilder shape, int depth)
        {
            var text = new StringBuilder();
            foreach (var child in node.Children)
            {
                if (child is HtmlTreeText run)
                {
                    text.Append(run.Text.Span);
                    continue;
                }
                var element = (HtmlTreeElement)child;
                Flush(text, shape, depth);
                shape.Append(' ', depth * 2).Append('<').Append(element.Name);
                foreach (var (name, value) in element.Attributes)
                {
                    shape.Append(' ').Append(name).Append("=\"").Append(value).Append('"');
                }
                shape.Append(">\n");
                Write(element, shape, depth + 1);
            }
            Flush(text, shape, depth);
        }
    }

    private static void Flush(StringBuilder text, StringBuilder shape, int depth)
    {
        if (text.Length > 0)
        {
            shape.Append(' ', depth * 2).Append('"').Append(text).Append("\"\n");
            text.Clear();
        }
    }
}
