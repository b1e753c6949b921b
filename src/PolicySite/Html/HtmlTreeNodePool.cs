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

    private readonly List<HtmlTreeElement> _elements = [];
    private readonly List<HtmlTreeText> _texts = [];
    private int _elementsUsed;
    private int _textsUsed;

    /// <summary>Starts a page: every node handed out before is free again.</summary>
    public void Start()
    {
        Trim(_elements);
        Trim(_texts);
        _elementsUsed = 0;
        _textsUsed = 0;
    }

    public HtmlTreeElement Element(string name, (string Name, string Value)[]? attributes)
    {
        if (_elementsUsed < _elements.Count)
        {
            var element = _elements[_elementsUsed++];
            element.Reset(name, attributes);
            return element;
        }
        var created = new HtmlTreeElement(name, attributes);
        _elements.Add(created);
        _elementsUsed++;
        return created;
    }

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
        }
    }
}
