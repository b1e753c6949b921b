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

    [ThreadStatic]
    private static TextScratch? t_scratch;

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
        var scratch = t_scratch ??= new TextScratch();
        try
        {
            var crumbs = page.Crumbs;
            if (page.CrumbsFromCaption && main.Descendants().FirstOrDefault(CaptionSelector.Matches) is { } caption && Normalise(caption.TextContent, scratch) is { Length: > 0 } text)
            {
                crumbs = [text, .. crumbs];
            }
            var walker = new Walker(this, ui, scratch, new Section(null, page.Title, scratch));
            walker.Walk(main);
            walker.Finish();
            return Records(walker.Sections, page, crumbs);
        }
        finally
        {
            // Empty for the next page even when this one threw part way.
            scratch.Clear();
        }
    }

    /// <summary>The records of the finished sections, in the order the sections start.</summary>
    private static SearchRecord[] Records(List<Section> sections, SearchablePage page, IReadOnlyList<string> crumbs)
    {
        // The introduction is the first section and the only one without an anchor: left out when it has no text.
        var skipped = sections[0].TextLength == 0 ? 1 : 0;
        var records = new SearchRecord[sections.Count - skipped];
        for (var i = skipped; i < sections.Count; i++)
        {
            var section = sections[i];
            var breadcrumb = crumbs[^1] == section.Heading ? crumbs : Breadcrumb(crumbs, section.Heading);
            var url = section.Anchor is null ? page.Url : $"{page.Url}#{section.Anchor}";
            records[i - skipped] = new SearchRecord(url, page.Title, section.Heading, breadcrumb, page.Objective, section.Utf8Text, section.TextLength, section.Paragraphs, page.Weight);
        }
        return records;
    }

    /// <summary>The crumbs and then the heading, copied by index (a collection expression would enumerate the crumbs and wrap the array).</summary>
    private static string[] Breadcrumb(IReadOnlyList<string> crumbs, string heading)
    {
        var breadcrumb = new string[crumbs.Count + 1];
        for (var i = 0; i < crumbs.Count; i++)
        {
            breadcrumb[i] = crumbs[i];
        }
        breadcrumb[^1] = heading;
        return breadcrumb;
    }

    private bool Ignored(HtmlTreeElement element) => _ignore.MatchesAny(element);

    private string? ItemHeading(HtmlTreeElement element, Func<string, string> ui, TextScratch scratch)
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
                && TextOf(found, scratch) is { Length: > 0 } text)
            {
                return text;
            }
            if (rule.HeadingUiKey is not null)
            {
                var number = rule.NumberAttribute is null ? null : element.GetAttribute(rule.NumberAttribute);
                return number is null ? ui(rule.HeadingUiKey) : $"{ui(rule.HeadingUiKey)} {number}";
            }
            return TextOf(element, scratch);
        }
        return null;
    }

    /// <summary>An element's visible text without the parts search ignores, whitespace collapsed.</summary>
    private string TextOf(HtmlTreeElement element, TextScratch scratch)
    {
        var buffer = new TextBuffer(scratch);
        AppendText(element, buffer);
        return buffer.TakeString();
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

    private static string Normalise(string text, TextScratch scratch)
    {
        var buffer = new TextBuffer(scratch);
        buffer.Append(text.AsSpan());
        return buffer.TakeString();
    }

    private static bool IsSectionHeading(string tag) => tag is "h2" or "h3" or "h4" or "h5" or "h6";

    /// <summary>
    /// Walks a page's main element once, in document order, filling sections. A section is
    /// finished when the walk leaves it for good: at the next heading, at the end of the item it
    /// is (or is in), at the end of the page.
    /// </summary>
    private sealed class Walker(ExtractSections owner, Func<string, string> ui, TextScratch scratch, Section intro)
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
                    _current.Finish();
                    _current = new Section(element.Id, owner.TextOf(element, scratch), scratch);
                    Sections.Add(_current);
                    continue;
                }
                if (owner.ItemHeading(element, ui, scratch) is { } itemHeading)
                {
                    var outer = _current;
                    _current = new Section(element.Id, itemHeading, scratch);
                    Sections.Add(_current);
                    Walk(element);
                    _current.Finish();
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

        /// <summary>Finishes the section the walk ended in.</summary>
        public void Finish() => _current.Finish();
    }

    private sealed class Section(string? anchor, string heading, TextScratch scratch)
    {
        public string? Anchor { get; } = anchor;

        public string Heading { get; } = heading;

        /// <summary>Where the text goes until <see cref="Finish"/>.</summary>
        public TextBuffer Text { get; } = new(scratch);

        public byte[] Utf8Text { get; private set; } = [];

        public int TextLength { get; private set; }

        public (string Id, int Start)[] Paragraphs { get; private set; } = [];

        /// <summary>Takes the text out of the scratch, which must hold no later text.</summary>
        public void Finish() => (Utf8Text, TextLength, Paragraphs) = Text.Take();
    }

    /// <summary>
    /// The text of the page being read as one stack, reused from page to page on its thread, so
    /// that no section needs a buffer or a string of its own: a section's text, and where its
    /// paragraphs start, is written at the top and taken off (as UTF-8) when the section is
    /// finished. Sections nest as a stack does: an item that is a section of its own is finished
    /// before the section around it goes on, and a heading's text is taken before its section starts.
    /// </summary>
    private sealed class TextScratch
    {
        /// <summary>Enough for the policy site's longest section (~8,000 characters) and what is around it.</summary>
        private const int InitialChars = 16 * 1024;

        private const int InitialParagraphs = 64;

        /// <summary>
        /// How much a thread keeps from page to page. A scratch grown further, for a page with a
        /// section longer than any seen so far, is let go after that page.
        /// </summary>
        private const int MaximumKeptChars = 64 * 1024;

        private const int MaximumKeptParagraphs = 1024;

        private char[] _chars = new char[InitialChars];
        private (string Id, int Start)[] _paragraphs = new (string, int)[InitialParagraphs];

        public int Length { get; private set; }

        public int ParagraphCount { get; private set; }

        public void Clear()
        {
            Truncate(0, 0);
            if (_chars.Length > MaximumKeptChars)
            {
                _chars = new char[InitialChars];
            }
            if (_paragraphs.Length > MaximumKeptParagraphs)
            {
                _paragraphs = new (string, int)[InitialParagraphs];
            }
        }

        /// <summary>Room for <paramref name="count"/> characters after the text, to be written and then kept with <see cref="Advance"/>.</summary>
        public Span<char> Room(int count)
        {
            if (Length + count > _chars.Length)
            {
                Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + count));
            }
            return _chars.AsSpan(Length, count);
        }

        /// <summary>Keeps <paramref name="count"/> characters written into the <see cref="Room"/>.</summary>
        public void Advance(int count) => Length += count;

        public void AddParagraph(string id, int start)
        {
            if (ParagraphCount == _paragraphs.Length)
            {
                Array.Resize(ref _paragraphs, _paragraphs.Length * 2);
            }
            _paragraphs[ParagraphCount++] = (id, start);
        }

        public ReadOnlySpan<char> Chars(int start) => _chars.AsSpan(start, Length - start);

        public ReadOnlySpan<(string Id, int Start)> Paragraphs(int start) => _paragraphs.AsSpan(start, ParagraphCount - start);

        public void Truncate(int length, int paragraphCount)
        {
            Length = length;
            // The ids would otherwise stay reachable from the thread until overwritten.
            _paragraphs.AsSpan(paragraphCount, ParagraphCount - paragraphCount).Clear();
            ParagraphCount = paragraphCount;
        }
    }

    /// <summary>
    /// Text with whitespace collapsed to single spaces, blocks on lines of their own, and where
    /// each paragraph with an id starts, written at the top of the thread's <see cref="TextScratch"/>
    /// until it is taken out.
    /// </summary>
    private sealed class TextBuffer(TextScratch scratch)
    {
        private readonly int _start = scratch.Length;
        private readonly int _paragraphStart = scratch.ParagraphCount;
        private bool _space;
        private bool _break;
        private string? _paragraph;

        /// <summary>Appends <paramref name="text"/> with its white space collapsed: every page's whole text passes through here.</summary>
        /// <remarks>
        /// One pass, written straight into the scratch. Words are a few characters long: two
        /// vectorised searches a word (for its start and its end, over every character
        /// <see cref="char.IsWhiteSpace(char)"/> takes for white space) cost more than they saved.
        /// What pays is a search for where the plain run of words ends (<see cref="PlainRun"/>),
        /// which in most text is the end of the text.
        /// </remarks>
        public void Append(ReadOnlySpan<char> text)
        {
            if (text.IsEmpty)
            {
                // Parts a word before from the next, as white space does.
                _space = true;
                return;
            }
            // Each word gets at most one separator, and every word but the first has white space
            // before it in the text, which is not written: the text and one more is room enough.
            var room = scratch.Room(text.Length + 1);
            var written = 0;
            var hasText = scratch.Length > _start;
            var i = 0;
            while (i < text.Length)
            {
                var c = text[i++];
                if (IsWhiteSpace(c))
                {
                    _space = true;
                    continue;
                }
                if (hasText && (_break || _space))
                {
                    room[written++] = _break ? '\n' : ' ';
                }
                if (_paragraph is not null)
                {
                    scratch.AddParagraph(_paragraph, scratch.Length + written - _start);
                    _paragraph = null;
                }
                // Most text is plain: copied as it is, words and single spaces, up to what is not.
                var plain = PlainRun(text[--i..]);
                if (plain > 0)
                {
                    text.Slice(i, plain).CopyTo(room[written..]);
                    written += plain;
                    i += plain;
                }
                else
                {
                    // A word that starts with a character beyond ASCII: to its end, one at a time.
                    while (i < text.Length && !IsWhiteSpace(c = text[i]))
                    {
                        room[written++] = c;
                        i++;
                    }
                }
                _space = _break = false;
                hasText = true;
            }
            scratch.Advance(written);
        }

        /// <summary>
        /// How much of <paramref name="text"/> (which starts with a word) is printable ASCII with
        /// single spaces between its words, not counting spaces at its end: written as it is, it
        /// is what collapsing its white space writes. Found by vectorised searches, so that a
        /// paragraph's text is copied in one piece rather than character by character.
        /// </summary>
        private static int PlainRun(ReadOnlySpan<char> text)
        {
            var end = text.IndexOfAnyExceptInRange(' ', '~');
            if (end < 0)
            {
                end = text.Length;
            }
            var doubled = text[..end].IndexOf("  ", StringComparison.Ordinal);
            if (doubled >= 0)
            {
                end = doubled;
            }
            while (end > 0 && text[end - 1] == ' ')
            {
                end--;
            }
            return end;
        }

        /// <summary><see cref="char.IsWhiteSpace(char)"/>, with the test for the characters that are not white space and below U+0085 first.</summary>
        private static bool IsWhiteSpace(char c) => c > ' ' && c < '\u0085' ? false : char.IsWhiteSpace(c);

        public void Break() => _break = true;

        /// <summary>The next text starts the paragraph <paramref name="id"/> (a paragraph with no text is not recorded).</summary>
        public void StartParagraph(string id) => _paragraph = id;

        /// <summary>The text as UTF-8, its length in UTF-16 code units (the unit of the paragraphs' starts) and its paragraphs, taken out of the scratch.</summary>
        public (byte[] Utf8Text, int Length, (string Id, int Start)[] Paragraphs) Take()
        {
            var text = scratch.Chars(_start);
            var utf8 = text.IsEmpty ? [] : new byte[Encoding.UTF8.GetByteCount(text)];
            Encoding.UTF8.GetBytes(text, utf8);
            var paragraphs = scratch.Paragraphs(_paragraphStart).ToArray();
            var taken = (utf8, text.Length, paragraphs);
            scratch.Truncate(_start, _paragraphStart);
            return taken;
        }

        /// <summary>The text as a string, taken out of the scratch.</summary>
        public string TakeString()
        {
            var text = scratch.Chars(_start).ToString();
            scratch.Truncate(_start, _paragraphStart);
            return text;
        }
    }
}
