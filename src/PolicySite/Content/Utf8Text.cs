using System.Buffers;

namespace PolicySite.Content;

/// <summary>
/// A text file's bytes as <see cref="TextFileReader.TryReadUtf8"/> gives them: checked to be
/// UTF-8, without a byte-order mark, with <c>\n</c> line endings. They usually sit in a buffer
/// rented from the shared pool, so they are valid only until <see cref="Dispose"/>.
/// </summary>
internal ref struct Utf8Text
{
    private byte[]? _rented;

    public Utf8Text(ReadOnlySpan<byte> bytes, byte[]? rented)
    {
        Bytes = bytes;
        _rented = rented;
    }

    public ReadOnlySpan<byte> Bytes { get; private set; }

    public void Dispose()
    {
        Bytes = default;
        if (_rented is { } rented)
        {
            _rented = null;
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
