using System.Buffers;
using System.Text;
using PolicySite.Html;

namespace PolicySite.Search;

/// <summary>
/// Reads the rendered pages as a reader sees them and cuts each into sections: from a heading
/// with an id to the next one (plus the introduction before the first heading), and list items
/// that are things of their own (notes, sources). Chrome and decoration are left out
/// (<see cref="SearchIndexOptions.Ignore"/>). It reads the document the Inspect step parsed once
/// for all its readers (<see cref="Inspect.InspectPages"/>).
/// </summary>
internal sealed class ExtractSections
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.Ordinal)
    {
        "address", "article", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt",
        "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p",
        "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    };

    private static readonly ElementSelector CaptionSelector = new(".page-header .caption");

    private readonly ElementSelectorSet _ignore;
    private readonly (ElementSelector Selector, ElementSelector? Heading, SearchItemRule Rule)[] _items;

    public ExtractSections(SearchIndexOptions options)
    {
        _ignore = new ElementSelectorSet(options.Ignore);
        _items = options.Items
            .Select(rule => (
                new ElementSelector(rule.Selector),
                rule.HeadingSelector is null ? null : new ElementSelector(rule.HeadingSelector),
                rule))
            .ToArray();
    }

    /// <summary>The sections of one parsed page.</summary>
    public IReadOnlyList<SearchRecord> Extract(HtmlTree document, SearchablePage page, Func<string, string> ui)
    {
        var main = document.GetElementById("main") ?? document.Elements.FirstOrDefault(e => e.Name == "main") ?? document.Body;
        if (main is null)
        {
            return [];
        }
        var crumbs = page.Crumbs;
        if (page.CrumbsFromCaption && main.Descendants().FirstOrDefault(CaptionSelector.Matches) is { } caption && Normalise(caption.TextContent) is { Length: > 0 } text)
        {
            crumbs = [text, .. crumbs];
        }

        var intro = new Section(null, page.Title);
        var walker = new Walker(this, ui, intro);
        walker.Walk(main);

        var records = new List<SearchRecord>();
        foreach (var section in walker.Sections)
        {
            var body = section.Text.ToString();
            if (section.Anchor is null && body.Length == 0)
            {
                continue;
            }
            IReadOnlyList<string> breadcrumb = crumbs[^1] == section.Heading ? crumbs : [.. crumbs, section.Heading];
            var url = section.Anchor is null ? page.Url : $"{page.Url}#{section.Anchor}";
            records.Add(new SearchRecord(url, page.Title, section.Heading, breadcrumb, page.Objective, body, section.Text.Paragraphs, page.Weight));
        }
        return records;
    }

    private bool Ignored(HtmlTreeElement element) => _ignore.MatchesAny(element);

    private string? ItemHeading(HtmlTreeElement element, Func<string, string> ui)
    {
        if (string.IsNullOrEmpty(element.Id))
        {
            return null;
        }
        foreach (var (selector, heading, rule) in _items)
        {
            if (!selector.Matches(element))
            {
                continue;
            }
            if (heading is not null && element.Descendants().FirstOrDefault(heading.Matches) is { } found
                && TextOf(found) is { Length: > 0 } text)
            {
                return text;
            }
            if (rule.HeadingUiKey is not null)
            {
                var number = rule.NumberAttribute is null ? null : element.GetAttribute(rule.NumberAttribute);
                return number is null ? ui(rule.HeadingUiKey) : $"{ui(rule.HeadingUiKey)} {number}";
            }
            return TextOf(element);
        }
        return null;
    }

    /// <summary>An element's visible text without the parts search ignores, whitespace collapsed.</summary>
    private string TextOf(HtmlTreeElement element)
    {
        var buffer = new TextBuffer();
        AppendText(element, buffer);
        return buffer.ToString();
    }

    private void AppendText(HtmlTreeElement node, TextBuffer buffer)
    {
        foreach (var child in node.Children)
        {
            if (child is HtmlTreeText text)
            {
                buffer.Append(text.Text.Span);
            }
            else if (child is HtmlTreeElement element && !Ignored(element))
            {
                AppendText(element, buffer);
            }
        }
    }

    private static string Normalise(string text)
    {
        var buffer = new TextBuffer();
        buffer.Append(text.AsSpan());
        return buffer.ToString();
    }

    private static bool IsSectionHeading(string tag) => tag is "h2" or "h3" or "h4" or "h5" or "h6";

    /// <summary>Walks a page's main element once, in document order, filling sections.</summary>
    private sealed class Walker(ExtractSections owner, Func<string, string> ui, Section intro)
    {
        private Section _current = intro;

        public List<Section> Sections { get; } = [intro];

        public void Walk(HtmlTreeElement node)
        {
            foreach (var child in node.Children)
            {
                if (child is HtmlTreeText text)
                {
                    _current.Text.Append(text.Text.Span);
                    continue;
                }
                var element = (HtmlTreeElement)child;
                if (owner.Ignored(element))
                {
                    continue;
                }
                var tag = element.Name;
                if (tag == "h1")
                {
                    // The page title: every record carries it already.
                    continue;
                }
                if (IsSectionHeading(tag) && !string.IsNullOrEmpty(element.Id))
                {
                    _current = new Section(element.Id, owner.TextOf(element));
                    Sections.Add(_current);
                    continue;
                }
                if (owner.ItemHeading(element, ui) is { } itemHeading)
                {
                    var outer = _current;
                    _current = new Section(element.Id, itemHeading);
                    Sections.Add(_current);
                    Walk(element);
                    _current = outer;
                    _current.Text.Break();
                    continue;
                }
                var block = BlockTags.Contains(tag);
                if (block)
                {
                    _current.Text.Break();
                    if (!string.IsNullOrEmpty(element.Id))
                    {
                        _current.Text.StartParagraph(element.Id);
                    }
                }
                Walk(element);
                if (block)
                {
                    _current.Text.Break();
                }
            }
        }
    }

    private sealed class Section(string? anchor, string heading)
    {
        public string? Anchor { get; } = anchor;

        public string Heading { get; } = heading;

        public TextBuffer Text { get; } = new();
    }

    /// <summary>
    /// Text with whitespace collapsed to single spaces, blocks on lines of their own, and where
    /// each paragraph with an id starts.
    /// </summary>
    private sealed class TextBuffer
    {
        /// <summary>Every character <see cref="char.IsWhiteSpace(char)"/> takes for white space.</summary>
        private static readonly SearchValues<char> WhiteSpace = SearchValues.Create(
            Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace).ToArray());

        private readonly StringBuilder _text = new();
        private bool _space;
        private bool _break;
        private string? _paragraph;

        public List<(string Id, int Start)> Paragraphs { get; } = [];

        /// <summary>Appends <paramref name="text"/> a word (a run without white space) at a time: every page's whole text passes through here.</summary>
        public void Append(ReadOnlySpan<char> text)
        {
            while (true)
            {
                var start = text.IndexOfAnyExcept(WhiteSpace);
                if (start != 0)
                {
                    _space = true;
                }
                if (start < 0)
                {
                    return;
                }
                text = text[start..];
                var end = text.IndexOfAny(WhiteSpace);
                if (_text.Length > 0 && (_break || _space))
                {
                    _text.Append(_break ? '\n' : ' ');
                }
                if (_paragraph is not null)
                {
                    Paragraphs.Add((_paragraph, _text.Length));
                    _paragraph = null;
                }
                _text.Append(end < 0 ? text : text[..end]);
                _space = _break = false;
                if (end < 0)
                {
                    return;
                }
                text = text[end..];
            }
        }

        public void Break() => _break = true;

        /// <summary>The next text starts the paragraph <paramref name="id"/> (a paragraph with no text is not recorded).</summary>
        public void StartParagraph(string id) => _paragraph = id;

        public override string ToString() => _text.ToString();
    }
}
