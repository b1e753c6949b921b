using System.Runtime.InteropServices;

namespace PolicySite.Html;

/// <summary>
/// One read of one page (<see cref="HtmlTreeReader"/>): a scan of the characters that builds the
/// tree as it goes, with a stack of the elements open at that point.
/// </summary>
/// <param name="source">
/// The page's text: a string, or the render stage's buffer, which it uses again for the next
/// page once this one is read. Text nodes are slices of it, so the tree must not outlive it.
/// </param>
/// <param name="pool">Where the nodes come from; null for new ones.</param>
internal sealed class HtmlTreeBuilder(ReadOnlyMemory<char> source, HtmlTreeNodePool? pool = null)
{
    /// <summary>How deep elements nest at most (the document node not counted).</summary>
    public const int MaximumDepth = 512;

    /// <summary>How many attribute values a thread keeps to share between pages before it starts again.</summary>
    private const int MaximumSharedValues = 4096;

    [ThreadStatic]
    private static Dictionary<string, string>? t_values;

    private readonly List<HtmlTreeElement> _open = [];

    /// <summary>Without a pool, every element made but the document node; a pool keeps such a list itself.</summary>
    private readonly List<HtmlTreeElement>? _made = pool is null ? [] : null;
    private readonly List<(string Name, string Value)> _attributes = [];
    private int _textStart;

    /// <summary>How many svg or math elements are open: inside them names keep their case and "/>" closes.</summary>
    private int _foreignOpen;

    /// <summary>How many p and li elements are open: most start tags may close one, and most of the time none is open to look for.</summary>
    private int _paragraphsOpen;

    private int _itemsOpen;

    /// <summary>The document node: from a pool, the first element it hands out for the page.</summary>
    public HtmlTreeElement Root { get; } = pool?.Element("#document", []) ?? new HtmlTreeElement("#document", null);

    /// <summary>
    /// Every element but the document node, in document order: the order they were made in, as
    /// each is appended as the last child of an open element.
    /// </summary>
    public HtmlTreeElementList Elements => pool?.Handed(skip: 1) ?? new HtmlTreeElementList(_made!, 0, _made!.Count);

    private HtmlTreeElement Current => _open.Count == 0 ? Root : _open[^1];

    public void Run()
    {
        var html = source.Span;
        var i = 0;
        while (true)
        {
            var next = html[i..].IndexOf('<');
            if (next < 0)
            {
                break;
            }
            var lt = i + next;
            var after = lt + 1 < html.Length ? html[lt + 1] : '\0';
            if (char.IsAsciiLetter(after))
            {
                FlushText(lt);
                i = StartTag(lt + 1);
            }
            else if (after == '/' && lt + 2 < html.Length && char.IsAsciiLetter(html[lt + 2]))
            {
                FlushText(lt);
                i = EndTag(lt + 2);
            }
            else if (after is '!' or '?' || (after == '/' && lt + 2 < html.Length))
            {
                // A comment, a doctype, or something HTML reads as a comment: none of it is content.
                FlushText(lt);
                i = html[lt..].StartsWith("<!--") ? SkipComment(lt + 4) : SkipPast('>', lt + 2);
            }
            else
            {
                // A '<' that starts no tag is text.
                i = lt + 1;
                continue;
            }
            _textStart = i;
        }
        FlushText(html.Length);
    }

    private void FlushText(int end)
    {
        if (end > _textStart)
        {
            AppendText(source.Slice(_textStart, end - _textStart), decode: true);
        }
        _textStart = end;
    }

    private void AppendText(ReadOnlyMemory<char> text, bool decode)
    {
        if (text.Length == 0)
        {
            return;
        }
        var current = Current;
        var value = decode ? CharacterReferences.Decode(text, inAttribute: false) : text;
        // Adjacent runs (split by a comment or a stray '<') are one text node, as in the DOM.
        if (current.LastChild is HtmlTreeText previous)
        {
            previous.Text = string.Concat(previous.Text.Span, value.Span).AsMemory();
            return;
        }
        current.Append(pool?.Text(value) ?? new HtmlTreeText(value));
    }

    private int SkipComment(int from)
    {
        var html = source.Span;
        var end = html[from..].IndexOf("-->");
        return end < 0 ? html.Length : from + end + 3;
    }

    private int SkipPast(char c, int from)
    {
        var html = source.Span;
        var end = html[from..].IndexOf(c);
        return end < 0 ? html.Length : from + end + 1;
    }

    private int StartTag(int from)
    {
        var html = source.Span;
        var i = from;
        while (i < html.Length && !HtmlWhiteSpace.Is(html[i]) && html[i] is not '/' and not '>')
        {
            i++;
        }
        var written = html.Slice(from, i - from);
        var name = HtmlNames.Of(written);
        // SVG and MathML keep their camel-cased names (viewBox, clipPath): HTML lower-cases them
        // and then restores the case from its tables, which comes to the same for SVG written as SVG is.
        var foreign = name is "svg" or "math" || _foreignOpen > 0;
        if (foreign)
        {
            name = HtmlNames.AsWritten(written);
        }
        _attributes.Clear();
        var selfClosing = false;
        while (true)
        {
            while (i < html.Length && HtmlWhiteSpace.Is(html[i]))
            {
                i++;
            }
            if (i >= html.Length)
            {
                // A tag cut off by the end of the page is dropped, as HTML does.
                return html.Length;
            }
            if (html[i] == '>')
            {
                i++;
                break;
            }
            if (html[i] == '/')
            {
                i++;
                if (i < html.Length && html[i] == '>')
                {
                    selfClosing = true;
                    i++;
                    break;
                }
                continue;
            }
            i = Attribute(i, foreign);
        }

        Open(name, selfClosing, foreign);
        if (name is "pre" or "listing" or "textarea" && i < html.Length && html[i] == '\n')
        {
            // A line break straight after these start tags is not content.
            i++;
        }
        if (HtmlNames.IsRawText(name) || HtmlNames.IsEscapableRawText(name))
        {
            return RawTextOf(name, i);
        }
        return i;
    }

    private int Attribute(int from, bool foreign)
    {
        var html = source.Span;
        var i = from + 1; // the first character may be '=' (HTML reads it as part of the name)
        while (i < html.Length && !HtmlWhiteSpace.Is(html[i]) && html[i] is not '/' and not '>' and not '=')
        {
            i++;
        }
        var name = foreign ? HtmlNames.AsWritten(html.Slice(from, i - from)) : HtmlNames.Of(html.Slice(from, i - from));
        var j = i;
        while (j < html.Length && HtmlWhiteSpace.Is(html[j]))
        {
            j++;
        }
        var value = "";
        if (j < html.Length && html[j] == '=')
        {
            j++;
            while (j < html.Length && HtmlWhiteSpace.Is(html[j]))
            {
                j++;
            }
            if (j < html.Length && html[j] is '"' or '\'')
            {
                var close = html[(j + 1)..].IndexOf(html[j]);
                if (close < 0)
                {
                    return html.Length;
                }
                close += j + 1;
                value = AttributeValue(j + 1, close);
                i = close + 1;
            }
            else
            {
                var end = j;
                while (end < html.Length && !HtmlWhiteSpace.Is(html[end]) && html[end] != '>')
                {
                    end++;
                }
                value = AttributeValue(j, end);
                i = end;
            }
        }
        foreach (var (existing, _) in _attributes)
        {
            if (existing == name)
            {
                return i;
            }
        }
        _attributes.Add((name, value));
        return i;
    }

    private string AttributeValue(int start, int end)
    {
        var html = source.Span;
        var raw = html.Slice(start, end - start);
        if (raw.Length == 0)
        {
            return "";
        }
        if (raw.Contains('&'))
        {
            return CharacterReferences.Decode(source.Slice(start, end - start), inAttribute: true).ToString();
        }
        // Most values recur from page to page (classes, the site's links, aria labels): one string each.
        var values = t_values ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = values.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(raw, out var known))
        {
            return known;
        }
        if (values.Count >= MaximumSharedValues)
        {
            // Values that never recur (a page's own ids and links) would otherwise pile up.
            values.Clear();
        }
        var value = raw.ToString();
        values[value] = value;
        return value;
    }

    private int RawTextOf(string name, int from)
    {
        var html = source.Span;
        var i = from;
        while (true)
        {
            var lt = html[i..].IndexOf("</");
            if (lt < 0)
            {
                i = html.Length;
                break;
            }
            i += lt;
            var tail = html[(i + 2)..];
            if (tail.Length >= name.Length && tail[..name.Length].Equals(name, StringComparison.OrdinalIgnoreCase)
                && (tail.Length == name.Length || HtmlWhiteSpace.Is(tail[name.Length]) || tail[name.Length] is '/' or '>'))
            {
                break;
            }
            i += 2;
        }
        AppendText(source.Slice(from, i - from), decode: HtmlNames.IsEscapableRawText(name));
        CloseThrough(name);
        return i >= html.Length ? html.Length : SkipPast('>', i);
    }

    private void Open(string name, bool selfClosing, bool foreign)
    {
        if (name is "html" or "head" or "body" && IsOpen(name))
        {
            return;
        }
        if (name == "body")
        {
            CloseThrough("head");
        }
        if (HtmlNames.ClosesParagraph(name))
        {
            if (_paragraphsOpen > 0)
            {
                CloseOpen("p", HtmlNames.ScopeBoundaries);
            }
        }
        switch (name)
        {
            case "li":
                if (_itemsOpen > 0)
                {
                    CloseOpen("li", HtmlNames.ItemBoundaries);
                }
                break;
            case "dd" or "dt":
                CloseOpen("dd", HtmlNames.ItemBoundaries);
                CloseOpen("dt", HtmlNames.ItemBoundaries);
                break;
            case "option":
                if (Current.Name == "option")
                {
                    CloseFrom(_open.Count - 1);
                }
                break;
            case "tr":
                CloseOpen("tr", HtmlNames.TableBoundaries);
                if (Current.Name == "table")
                {
                    Push(NewElement("tbody"));
                }
                break;
            case "td" or "th":
                CloseOpen("td", HtmlNames.RowBoundaries);
                CloseOpen("th", HtmlNames.RowBoundaries);
                break;
            case "tbody" or "thead" or "tfoot":
                CloseOpen("tbody", HtmlNames.TableBoundaries);
                CloseOpen("thead", HtmlNames.TableBoundaries);
                CloseOpen("tfoot", HtmlNames.TableBoundaries);
                break;
        }
        if (HtmlNames.IsHeading(name) && HtmlNames.IsHeading(Current.Name))
        {
            CloseFrom(_open.Count - 1);
        }

        var element = NewElement(name, _attributes);
        if (HtmlNames.IsVoid(name) || (selfClosing && foreign))
        {
            Current.Append(element);
            return;
        }
        Push(element);
    }

    /// <summary>Whether an element named <paramref name="name"/> is open (a loop, not List.Exists: its lambda would capture the name on every call of Open).</summary>
    private bool IsOpen(string name)
    {
        foreach (var open in _open)
        {
            if (open.Name == name)
            {
                return true;
            }
        }
        return false;
    }

    private void Push(HtmlTreeElement element)
    {
        if (_open.Count >= MaximumDepth)
        {
            // Past this depth an element becomes the deepest one's next sibling, as browsers
            // do: readers of the tree walk it recursively and must not overflow the stack.
            CloseFrom(_open.Count - 1);
        }
        Current.Append(element);
        _open.Add(element);
        Count(element.Name, +1);
    }

    private void Count(string name, int step)
    {
        switch (name)
        {
            case "p":
                _paragraphsOpen += step;
                break;
            case "li":
                _itemsOpen += step;
                break;
            case "svg" or "math":
                _foreignOpen += step;
                break;
        }
    }

    /// <summary>Closes the open element at <paramref name="index"/> and every element opened inside it.</summary>
    private void CloseFrom(int index)
    {
        for (var i = index; i < _open.Count; i++)
        {
            Count(_open[i].Name, -1);
        }
        _open.RemoveRange(index, _open.Count - index);
    }

    /// <summary>Closes the open element <paramref name="name"/> (and everything opened inside it) unless a boundary comes first.</summary>
    private bool HasOpen(string name, HashSet<string> boundaries)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (_open[i].Name == name)
            {
                return true;
            }
            if (boundaries.Contains(_open[i].Name))
            {
                return false;
            }
        }
        return false;
    }

    private void CloseOpen(string name, HashSet<string> boundaries)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            var open = _open[i].Name;
            if (open == name)
            {
                CloseFrom(i);
                return;
            }
            if (boundaries.Contains(open))
            {
                return;
            }
        }
    }

    private int EndTag(int from)
    {
        var html = source.Span;
        var i = from;
        while (i < html.Length && !HtmlWhiteSpace.Is(html[i]) && html[i] is not '/' and not '>')
        {
            i++;
        }
        var name = HtmlNames.Of(html.Slice(from, i - from));
        // Content after </body> or </html> still belongs to the body in HTML; neither closes anything here.
        if (name == "p" && !HasOpen("p", HtmlNames.ScopeBoundaries))
        {
            // </p> with no paragraph open makes an empty one.
            Current.Append(NewElement("p"));
        }
        else if (name is not "body" and not "html")
        {
            CloseThrough(name);
        }
        return SkipPast('>', i);
    }

    /// <summary>Closes the innermost open element named <paramref name="name"/>; an end tag for nothing open is ignored.</summary>
    private void CloseThrough(string name)
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            if (_open[i].Name == name)
            {
                CloseFrom(i);
                return;
            }
        }
    }

    /// <summary>An element with a copy of <paramref name="attributes"/> (none when null), from the pool if there is one.</summary>
    private HtmlTreeElement NewElement(string name, List<(string Name, string Value)>? attributes = null)
    {
        if (pool is not null)
        {
            return pool.Element(name, CollectionsMarshal.AsSpan(attributes));
        }
        var element = new HtmlTreeElement(name, attributes is null or { Count: 0 } ? null : [.. attributes]);
        _made!.Add(element);
        return element;
    }
}
