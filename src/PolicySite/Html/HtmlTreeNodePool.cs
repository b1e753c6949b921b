namespace PolicySite.Html;

/// <summary>
/// The node objects of the pages one thread reads, used again for each next page: Inspect reads
/// every page of the site and drops its tree once read, and new nodes for every page were 164 of
/// the 1,397 MiB a 5,000-page build allocated. A tree read with a pool is valid only until the
/// pool's next read.
/// </summary>
internal sealed class HtmlTreeNodePool
{
    /// <summary>How many nodes of each kind a pool keeps after a very long page (the notes), not to hold its tree for good.</summary>
    private const int MaximumKept = 16 * 1024;

    /// <summary>How many attributes a pool keeps room for after a very long page.</summary>
    private const int MaximumAttributesKept = 64 * 1024;

    private readonly List<HtmlTreeElement> _elements = [];
    private readonly List<HtmlTreeText> _texts = [];
    private int _elementsUsed;
    private int _textsUsed;

    /// <summary>
    /// Up to here (from what the last page used) nodes may still point into an earlier, longer
    /// page: its text and its attributes' strings, which they would otherwise keep alive.
    /// </summary>
    private int _elementsDirty;
    private int _textsDirty;
    private int _attributesDirty;

    /// <summary>The attributes of the page's elements, one after another: an array per element was the reader's largest allocation.</summary>
    private (string Name, string Value)[] _attributes = new (string, string)[1024];
    private int _attributesUsed;

    /// <summary>Starts a page: every node handed out before is free again.</summary>
    public void Start()
    {
        Trim(_elements);
        Trim(_texts);
        _elementsDirty = Math.Min(_elementsDirty, _elements.Count);
        _textsDirty = Math.Min(_textsDirty, _texts.Count);
        _elementsUsed = 0;
        _textsUsed = 0;
        if (_attributes.Length > MaximumAttributesKept)
        {
            _attributes = new (string, string)[MaximumAttributesKept];
            _attributesDirty = 0;
        }
        _attributesUsed = 0;
    }

    /// <summary>
    /// Ends a page's read: the nodes an earlier page used and this one did not let go of what they
    /// pointed to. Without this, after the notes page of a 5,000-page site the nodes kept for the
    /// next pages held its 13 MiB of text and the strings of its attributes to the end of the build.
    /// </summary>
    public void Finish()
    {
        for (var i = _elementsUsed; i < _elementsDirty; i++)
        {
            _elements[i].Forget();
        }
        for (var i = _textsUsed; i < _textsDirty; i++)
        {
            _texts[i].Forget();
        }
        if (_attributesUsed < _attributesDirty)
        {
            Array.Clear(_attributes, _attributesUsed, _attributesDirty - _attributesUsed);
        }
        _elementsDirty = _elementsUsed;
        _textsDirty = _textsUsed;
        _attributesDirty = _attributesUsed;
    }

    /// <summary>An element named <paramref name="name"/> with a copy of <paramref name="attributes"/>.</summary>
    public HtmlTreeElement Element(string name, ReadOnlySpan<(string Name, string Value)> attributes)
    {
        if (_attributesUsed + attributes.Length > _attributes.Length)
        {
            // A new array for what follows; the elements read so far keep theirs.
            _attributes = new (string, string)[Math.Max(_attributes.Length * 2, attributes.Length)];
            _attributesUsed = 0;
            _attributesDirty = 0;
        }
        var start = _attributesUsed;
        attributes.CopyTo(_attributes.AsSpan(start));
        _attributesUsed += attributes.Length;

        if (_elementsUsed == _elements.Count)
        {
            _elements.Add(new HtmlTreeElement(name, null));
        }
        var element = _elements[_elementsUsed++];
        element.Reset(name, _attributes, start, attributes.Length);
        return element;
    }

    /// <summary>
    /// The elements handed out since <see cref="Start"/> but the first <paramref name="skip"/>, in
    /// the order they were handed out; valid until the pool's next read.
    /// </summary>
    public HtmlTreeElementList Handed(int skip) => new(_elements, skip, _elementsUsed - skip);

    public HtmlTreeText Text(ReadOnlyMemory<char> text)
    {
        if (_textsUsed < _texts.Count)
        {
            var run = _texts[_textsUsed++];
            run.Reset(text);
            return run;
        }
        var created = new HtmlTreeText(text);
        _texts.Add(created);
        _textsUsed++;
        return created;
    }

    private static void Trim<T>(List<T> nodes)
    {
        if (nodes.Count > MaximumKept)
        {
            nodes.RemoveRange(MaximumKept, nodes.Count - MaximumKept);
            // And the list's array, which RemoveRange leaves at its size: after the notes page
            // of a 5,000-page site, 7 MiB on the large object heap for the rest of the build.
            nodes.Capacity = MaximumKept;
        }
    }
}
