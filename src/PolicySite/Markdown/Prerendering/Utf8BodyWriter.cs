using System.Text;

namespace PolicySite.Markdown.Prerendering;

/// <summary>
/// A <see cref="TextWriter"/> that encodes what Markdig's renderer writes straight into UTF-8, in
/// a buffer kept from page to page: a prerendered body is held from Parse to Render as UTF-8, and
/// its holes are byte offsets into it (<see cref="Length"/> when each was recorded).
/// </summary>
internal sealed class Utf8BodyWriter : TextWriter
{
    private readonly Encoder _encoder = Encoding.UTF8.GetEncoder();
    private byte[] _buffer = new byte[16 * 1024];

    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>Bytes written since the last <see cref="TakeBytes"/>.</summary>
    public int Length { get; private set; }

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        var needed = Length + Encoding.UTF8.GetMaxByteCount(buffer.Length);
        if (needed > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(needed, 2 * _buffer.Length));
        }
        // Not flushed: a character outside the BMP may come as two writes, one half each.
        Length += _encoder.GetBytes(buffer, _buffer.AsSpan(Length), flush: false);
    }

    /// <summary>What was written, in an array of its own; the writer starts again empty.</summary>
    public byte[] TakeBytes()
    {
        Length += _encoder.GetBytes([], _buffer.AsSpan(Length), flush: true);
        var bytes = _buffer.AsSpan(0, Length).ToArray();
        Clear();
        return bytes;
    }

    /// <summary>Forgets what was written, e.g. by a render that threw halfway.</summary>
    public void Clear()
    {
        _encoder.Reset();
        Length = 0;
    }
}
