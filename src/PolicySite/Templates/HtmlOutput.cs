using Scriban.Runtime;

namespace PolicySite.Templates;

/// <summary>
/// Where a rendering thread writes a page's layout and then the whole page, and (through
/// <see cref="PageBuffers"/>) its Markdown body and partials: one buffer each, emptied
/// and used again for the next page. Scriban's own output is a StringBuilder that
/// each render turns into a string, and the layout's string was then copied into the page's; on
/// a 5,000-page site those copies were 116 of the 1,882 MiB a build allocated.
/// </summary>
/// <remarks>
/// <para>
/// It is also the value of <c>content</c> in <c>base.html</c>: written there, its characters go
/// straight into the page's buffer (<see cref="EscapingTemplateContext"/>); a template that treats
/// it as a string (<c>content | string.size</c>) gets a string of it.
/// </para>
/// <para>
/// The characters are held in chunks that are each below the large object heap's threshold, not
/// in one array grown by doubling: the notes page of a 5,000-page site is 6.7 million characters,
/// and its layout's buffer alone went through 16 MiB of arrays on the way to a 16 MiB one, all on
/// the large object heap, which is collected only in full collections and is not compacted. The
/// page's own buffer is made the size it needs before base.html is written (<see cref="Reserve"/>),
/// in one piece, because the page is read and encoded as one run of characters.
/// </para>
/// </remarks>
internal sealed class HtmlOutput : IScriptOutput
{
    /// <summary>A page's worth of characters (64 KB, just below the large object heap's 85,000 bytes).</summary>
    private const int ChunkCapacity = 32 * 1024;

    /// <summary>Chunks beyond this many characters, grown for a very long page (the notes), are not kept for the pages after it.</summary>
    private const int KeptCapacity = 1024 * 1024;

    private readonly int _initialCapacity;
    private readonly List<char[]> _chunks = [];

    /// <summary>The chunk being written: every one before it is full.</summary>
    private int _last;

    /// <summary>Characters written into the chunk being written.</summary>
    private int _used;

    private HtmlOutputWriter? _writer;

    /// <param name="initialCapacity">Characters to make room for at first: a page's, or less for a partial (a buffer grows as needed and keeps its room for the next page).</param>
    public HtmlOutput(int initialCapacity = ChunkCapacity)
    {
        _initialCapacity = initialCapacity;
        _chunks.Add(new char[initialCapacity]);
    }

    /// <summary>How many characters were written since the last <see cref="Clear"/>.</summary>
    public int Length { get; private set; }

    /// <summary>
    /// What was written since the last <see cref="Clear"/>, as one run of characters; valid until
    /// the next write or clear. Written in more than one chunk, it is copied into one first.
    /// </summary>
    public ReadOnlyMemory<char> Html
    {
        get
        {
            if (_last > 0)
            {
                var whole = new char[Length];
                CopyTo(whole);
                _chunks.Clear();
                _chunks.Add(whole);
                _last = 0;
                _used = whole.Length;
            }
            return _chunks[0].AsMemory(0, _used);
        }
    }

    /// <summary>What was written, chunk by chunk, in order; valid until the next write or clear.</summary>
    public Chunks Written => new(this);

    /// <summary>The buffer as a <see cref="TextWriter"/>, for a renderer that writes to one (Markdig's).</summary>
    public TextWriter Writer => _writer ??= new HtmlOutputWriter(this);

    public void Write(string text, int offset, int count) => Append(text.AsSpan(offset, count));

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public void Append(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            var chunk = _chunks[_last];
            if (_used == chunk.Length)
            {
                _last++;
                _used = 0;
                if (_last == _chunks.Count)
                {
                    _chunks.Add(new char[ChunkCapacity]);
                }
                chunk = _chunks[_last];
            }
            var count = Math.Min(text.Length, chunk.Length - _used);
            text[..count].CopyTo(chunk.AsSpan(_used));
            _used += count;
            Length += count;
            text = text[count..];
        }
    }

    /// <summary>Makes room for <paramref name="characters"/> in one piece; only while nothing is written.</summary>
    public void Reserve(int characters)
    {
        if (Length != 0)
        {
            throw new InvalidOperationException("an output can only reserve room while it is empty");
        }
        if (_chunks[0].Length < characters)
        {
            _chunks[0] = new char[characters];
        }
    }

    public void Clear()
    {
        if (_chunks[0].Length > KeptCapacity)
        {
            _chunks[0] = new char[_initialCapacity];
        }
        var kept = _chunks[0].Length;
        var count = 1;
        while (count < _chunks.Count && kept + _chunks[count].Length <= KeptCapacity)
        {
            kept += _chunks[count++].Length;
        }
        _chunks.RemoveRange(count, _chunks.Count - count);
        // The chunks are not zeroed: the next page overwrites them.
        _last = 0;
        _used = 0;
        Length = 0;
    }

    public override string ToString() => string.Create(Length, this, static (span, output) => output.CopyTo(span));

    private void CopyTo(Span<char> destination)
    {
        foreach (var chunk in Written)
        {
            chunk.Span.CopyTo(destination);
            destination = destination[chunk.Length..];
        }
    }

    /// <summary>The written chunks, for <c>foreach</c> without an allocation.</summary>
    public readonly struct Chunks(HtmlOutput output)
    {
        public Enumerator GetEnumerator() => new(output);

        public struct Enumerator(HtmlOutput output)
        {
            private int _index = -1;

            public ReadOnlyMemory<char> Current { get; private set; }

            public bool MoveNext()
            {
                if (++_index > output._last)
                {
                    return false;
                }
                var chunk = output._chunks[_index];
                Current = chunk.AsMemory(0, _index == output._last ? output._used : chunk.Length);
                return true;
            }
        }
    }
}
