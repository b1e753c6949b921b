namespace PolicySite.Html;

/// <summary>
/// Tag and attribute names as shared strings, so that reading a page does not allocate the
/// same "div" and "class" thousands of times, and what HTML says about some of them.
/// </summary>
internal static class HtmlNames
{
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "a", "abbr", "address", "article", "aside", "b", "blockquote", "body", "br", "button", "caption", "cite",
        "code", "col", "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
        "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr", "html", "i", "img", "input",
        "ins", "kbd", "label", "li", "link", "main", "mark", "meta", "nav", "noscript", "ol", "option", "p",
        "path", "pre", "q", "s", "script", "section", "select", "small", "span", "strong", "style", "sub",
        "summary", "sup", "svg", "table", "tbody", "td", "template", "tfoot", "th", "thead", "time", "title",
        "tr", "u", "ul",
        "action", "alt", "aria-current", "aria-hidden", "aria-label", "aria-labelledby", "aria-describedby",
        "aria-keyshortcuts", "aria-pressed", "autocomplete", "charset", "class", "content", "data-search-ignore",
        "datetime", "defer", "dir", "enterkeyhint", "for", "height", "hidden", "href", "hreflang", "id", "lang",
        "method", "name", "property", "rel", "role", "spellcheck", "src", "start", "type", "value",
        "viewbox", "width",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> KnownBySpan = Known.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Elements that never have content or an end tag.</summary>
    public static bool IsVoid(string name) => name is
        "area" or "base" or "br" or "col" or "embed" or "hr" or "img" or "input" or "keygen" or "link" or "meta" or "param"
        or "source" or "track" or "wbr";

    /// <summary>Elements whose content is text up to their end tag, never markup.</summary>
    public static bool IsRawText(string name) => name is "script" or "style" or "xmp" or "iframe" or "noembed" or "noframes";

    /// <summary>Elements whose content is text with character references up to their end tag.</summary>
    public static bool IsEscapableRawText(string name) => name is "title" or "textarea";

    /// <summary>Start tags that close an open <c>p</c> (HTML's "close a p element").</summary>
    /// <remarks>Switches rather than sets, here and above: the compiler tests length and characters, where a set hashes the name; every start tag of every page asks.</remarks>
    public static bool ClosesParagraph(string name) => name is
        "address" or "article" or "aside" or "blockquote" or "center" or "details" or "dialog" or "dir" or "div" or "dl" or "dd"
        or "dt" or "fieldset" or "figcaption" or "figure" or "footer" or "form" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6"
        or "header" or "hgroup" or "hr" or "li" or "listing" or "main" or "menu" or "nav" or "ol" or "p" or "plaintext" or "pre"
        or "search" or "section" or "summary" or "table" or "ul" or "xmp";

    /// <summary>Elements a search for an open element to close does not look past (HTML's scope markers).</summary>
    public static readonly HashSet<string> ScopeBoundaries = new(StringComparer.Ordinal)
    {
        "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template", "button", "svg", "math",
    };

    /// <summary>
    /// HTML's "special" elements, less <c>address</c>, <c>div</c> and <c>p</c>: an open <c>li</c>,
    /// <c>dt</c> or <c>dd</c> below one of them is not closed by a new item (a nested list's
    /// item does not close its parent's).
    /// </summary>
    public static readonly HashSet<string> ItemBoundaries = new(StringComparer.Ordinal)
    {
        "applet", "area", "article", "aside", "base", "blockquote", "body", "br", "button", "caption", "center",
        "col", "colgroup", "details", "dir", "dl", "embed", "fieldset", "figcaption", "figure", "footer", "form",
        "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "hr", "html", "iframe", "img", "input",
        "link", "listing", "main", "marquee", "menu", "meta", "nav", "noembed", "noscript", "object", "ol",
        "pre", "script", "search", "section", "select", "source", "style", "summary", "table", "tbody", "td",
        "template", "textarea", "tfoot", "th", "thead", "title", "tr", "ul", "wbr", "xmp", "svg", "math",
    };

    /// <summary>Where a search for an open row, cell or table section to close stops.</summary>
    public static readonly HashSet<string> TableBoundaries = new(StringComparer.Ordinal) { "table", "template", "html" };

    /// <summary>Where a search for an open cell to close stops.</summary>
    public static readonly HashSet<string> RowBoundaries = new(StringComparer.Ordinal) { "tr", "table", "template", "html" };

    public static bool IsHeading(string name) => name is "h1" or "h2" or "h3" or "h4" or "h5" or "h6";

    /// <summary>The name as written (SVG's and MathML's names keep their case), shared when it is a common one.</summary>
    public static string AsWritten(ReadOnlySpan<char> name) => KnownBySpan.TryGetValue(name, out var known) ? known : name.ToString();

    /// <summary>The name in lower case, as a shared string when it is a common one.</summary>
    public static string Of(ReadOnlySpan<char> name)
    {
        if (Frequent(name) is { } frequent)
        {
            return frequent;
        }
        if (KnownBySpan.TryGetValue(name, out var known))
        {
            return known;
        }
        Span<char> lower = name.Length <= 64 ? stackalloc char[name.Length] : new char[name.Length];
        name.ToLowerInvariant(lower);
        return KnownBySpan.TryGetValue(lower, out known) ? known : lower.ToString();
    }

    /// <summary>
    /// The names the build's own pages are mostly made of, found by a switch on the characters
    /// before <see cref="Known"/> is hashed: every tag and attribute of every page is looked up.
    /// </summary>
    private static string? Frequent(ReadOnlySpan<char> name) => name switch
    {
        "a" => "a",
        "p" => "p",
        "li" => "li",
        "ul" => "ul",
        "ol" => "ol",
        "id" => "id",
        "td" => "td",
        "tr" => "tr",
        "h2" => "h2",
        "h3" => "h3",
        "em" => "em",
        "div" => "div",
        "sup" => "sup",
        "nav" => "nav",
        "rel" => "rel",
        "span" => "span",
        "href" => "href",
        "role" => "role",
        "class" => "class",
        "title" => "title",
        "strong" => "strong",
        "section" => "section",
        "aria-label" => "aria-label",
        "aria-hidden" => "aria-hidden",
        "aria-current" => "aria-current",
        "aria-labelledby" => "aria-labelledby",
        _ => null,
    };
}
