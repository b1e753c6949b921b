using System.Buffers;
using System.Text;
using PolicySite.Output;
using PolicySite.Templates;

namespace PolicySite.Inspect;

/// <summary>
/// The render hook of a full build: every page is rendered, read by the Inspect step as it comes
/// out and, when the build writes, placed in its staging folder at once, so that no page's bytes
/// are held until the end (on a 5,000-page site they were ~95 MiB that every collection moved).
/// </summary>
public sealed class InspectingRenderHook(PageInspector inspector, OutputStaging? staging = null) : IRenderHook
{
    /// <summary>The largest page encoded into a pooled buffer.</summary>
    private const int PooledBytes = 1024 * 1024;

    public bool Reuses => false;

    public byte[]? Reuse(string outputPath, string fingerprint) => null;

    public byte[]? Rendered(string outputPath, string? fingerprint, ReadOnlyMemory<char> html)
    {
        inspector.Inspect(outputPath, html);
        if (staging is null)
        {
            return Utf8Bytes.Of(html.Span);
        }
        // Encoded into a buffer that is used again: the bytes live only until they are written.
        // Rented at the exact size, not the worst case (three bytes a character). A page longer
        // than the pool keeps for its threads (the notes page: 6.7 MB at 5,000 pages) gets an
        // array of its own instead, which goes with the page rather than staying in the pool.
        var length = Encoding.UTF8.GetByteCount(html.Span);
        var pooled = length <= PooledBytes;
        var buffer = pooled ? ArrayPool<byte>.Shared.Rent(length) : GC.AllocateUninitializedArray<byte>(length);
        try
        {
            staging.Place(outputPath, buffer.AsSpan(0, Encoding.UTF8.GetBytes(html.Span, buffer)));
        }
        finally
        {
            if (pooled)
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }
        return null;
    }
}
