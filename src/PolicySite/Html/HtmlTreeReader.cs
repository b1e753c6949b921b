namespace PolicySite.Html;

/// <summary>
/// Reads a page the build rendered into an <see cref="HtmlTree"/>, several times faster than a
/// full HTML5 parser: Inspect reads every page of the site, and building a browser's DOM
/// (AngleSharp's) cost more than rendering the page. It follows HTML5 where the build's own
/// output and hand-written Markdown HTML go: void elements, raw text in <c>script</c> and
/// <c>style</c>, character references, comments, and the end tags HTML lets authors leave out
/// (<c>p</c>, <c>li</c>, <c>dt</c>/<c>dd</c>, table rows and cells, <c>option</c>). Markup
/// broken in other ways is read leniently (an end tag with no open element is ignored). Tests
/// hold the tree it builds against AngleSharp's for every page of the policy site.
/// </summary>
public static class HtmlTreeReader
{
    public static HtmlTree Read(string html) => Read(html.AsMemory());

    /// <summary>Reads <paramref name="html"/>; the tree's text is slices of it, so the tree must not outlive it.</summary>
    public static HtmlTree Read(ReadOnlyMemory<char> html) => Read(html, pool: null);

    /// <summary>Reads <paramref name="html"/> into nodes from <paramref name="pool"/>: the tree is valid until the pool's next read.</summary>
    internal static HtmlTree Read(ReadOnlyMemory<char> html, HtmlTreeNodePool? pool)
    {
        pool?.Start();
        if (html.Span.Contains('\r'))
        {
            // HTML reads CR LF and a lone CR as LF before anything else.
            html = html.ToString().Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').AsMemory();
        }
        var builder = new HtmlTreeBuilder(html, pool);
        builder.Run();
        pool?.Finish();
        return new HtmlTree(builder.Root, builder.Elements);
    }
}
