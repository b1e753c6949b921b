namespace PolicySite.Templates;

/// <summary>
/// Buffers for the HTML a page's render makes on the way (its Markdown body, each partial it
/// includes), handed out in turn and all emptied once the page holds what they held: as
/// strings, these were a page's largest allocations. A buffer is never handed out twice for one page, so HTML that a
/// template keeps in a variable and writes later is still there.
/// </summary>
internal sealed class PageBuffers
{
    /// <summary>Room a new buffer starts with: most partials are a few hundred characters, and the one that holds the body grows once to its size.</summary>
    private const int InitialCapacity = 4 * 1024;

    private readonly List<HtmlOutput> _buffers = [];
    private int _used;

    /// <summary>An empty buffer that no other part of this page is using.</summary>
    public HtmlOutput Next()
    {
        if (_used == _buffers.Count)
        {
            _buffers.Add(new HtmlOutput(InitialCapacity));
        }
        return _buffers[_used++];
    }

    /// <summary>Empties every buffer handed out since the last call: the page they were for is done.</summary>
    public void Clear()
    {
        for (var i = 0; i < _used; i++)
        {
            _buffers[i].Clear();
        }
        _used = 0;
    }
}
