using System.Text;

namespace PolicySite.Output;

/// <summary>A page's UTF-8 bytes from characters that are not a string (the render stage's buffer).</summary>
internal static class Utf8Bytes
{
    public static byte[] Of(ReadOnlySpan<char> text)
    {
        var bytes = new byte[Encoding.UTF8.GetByteCount(text)];
        Encoding.UTF8.GetBytes(text, bytes);
        return bytes;
    }
}
