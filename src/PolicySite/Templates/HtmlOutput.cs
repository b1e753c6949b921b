using System.Buffers;
using Scriban.Runtime;

namespace PolicySite.Templates;

/// <summary>
/// Where a rendering thread writes a page's layout and then the whole page, and (through
/// <see cref="PageBuffers"/>) its Markdown body and partials: one growing buffer each, emptied
/// and used again for the next page. Scriban's own output is a StringBuilder that
/// each render turns into a string, and the layout's string was then copied into the page's; on
/// a 5,000-page site those copies were 116 of the 1,882 MiB a build allocated.
/// </summary>
/// <remarks>
/// It is also the value of <c>content</c> in <c>base.html</c>: written there, its characters go
/// straight into the page's buffer (<see cref="EscapingTemplateContext"/>); a template that treats
/// it as a string (<c>content | string.size</c>) gets a string of it.
/// </remarks>
internal sealed class HtmlOutput : IScriptOutput
{
    /// <summary>A page's worth of characters: what a layout or a whole page needs from the start.</summary>
    private const int PageCapacity = 32 * 1024;

    /// <summary>A buffer a very long page (the notes) grew beyond this is not kept for the pages after it.</summary>
    private const int KeptCapacity = 1024 * 1024;

    private readonly int _initialCapacity;
    private ArrayBufferWriter<char> _chars;
    private HtmlOutputWriter? _writer;

    /// <param name="initialCapacity">Characters to make room for at first: a page's, or less for a partial (a buffer grows as needed and keeps its size for the next page).</param>
    public HtmlOutput(int initialCapacity = PageCapacity)
    {
        _initialCapacity = initialCapacity;
        _chars = new ArrayBufferWriter<char>(initialCapacity);
    }

    /// <summary>What was written since the last <see cref="Clear"/>; valid until the next write or clear.</summary>
    public ReadOnlyMemory<char> Html => _chars.WrittenMemory;

    /// <summary>The buffer as a <see cref="TextWriter"/>, for a renderer that writes to one (Markdig's).</summary>
    public TextWriter Writer => _writer ??= new HtmlOutputWriter(this);

    public void Write(string text, int offset, int count) => Append(text.AsSpan(offset, count));

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public void Append(ReadOnlySpan<char> text) => _chars.Write(text);

    public void Clear()
    {
        if (_chars.Capacity > KeptCapacity)
        {
            _chars = new ArrayBufferWriter<char>(_initialCapacity);
            return;
        }
        // Not ArrayBufferWriter.Clear, which also zeroes what was written: the next page overwrites it.
        _chars.ResetWrittenCount();
    }

    public override string ToString() => Html.ToString();
}
