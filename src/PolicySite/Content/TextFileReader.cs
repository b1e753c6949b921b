using System.Buffers;
using System.Text;
using System.Text.Unicode;
using PolicySite.Diagnostics;

namespace PolicySite.Content;

/// <summary>
/// Reads a text file as strict UTF-8 (a byte-order mark is allowed and dropped) with line
/// endings normalised to <c>\n</c>, so that line numbers and output do not depend on the editor.
/// </summary>
internal static class TextFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    public static string? Read(string path, DiagnosticBag diagnostics)
    {
        if (!TryReadUtf8(path, diagnostics, out var text))
        {
            return null;
        }
        using (text)
        {
            return Encoding.UTF8.GetString(text.Bytes);
        }
    }

    /// <summary>
    /// The file's bytes, checked to be UTF-8, without a byte-order mark and with <c>\n</c> line
    /// endings, for a caller that decodes only parts of the text. False (and reported) when the
    /// file cannot be read or is not UTF-8. The caller disposes <paramref name="text"/>.
    /// </summary>
    public static bool TryReadUtf8(string path, DiagnosticBag diagnostics, out Utf8Text text)
    {
        text = default;
        byte[] bytes;
        int count;
        bool rented;
        try
        {
            (bytes, count, rented) = ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, $"cannot read the file: {ex.Message.TrimEnd('.')}; check that it exists and is readable", path);
            return false;
        }

        var content = bytes.AsSpan(0, count);
        if (!Utf8.IsValid(content))
        {
            ReportInvalidUtf8(content.ToArray(), path, diagnostics);
            if (rented)
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
            return false;
        }
        if (content.StartsWith(ByteOrderMark))
        {
            content = content[ByteOrderMark.Length..];
        }
        // Carriage returns are single bytes that never occur inside a multi-byte UTF-8 sequence,
        // so normalising the bytes gives the same text as normalising the decoded characters.
        if (content.Contains((byte)'\r'))
        {
            content = content[..NormaliseLineEndings(content)];
        }
        text = new Utf8Text(content, rented ? bytes : null);
        return true;
    }

    /// <summary>
    /// The file's bytes, in a buffer rented from the shared pool: 5,000 pages read into fresh
    /// arrays cost the garbage collector more than the reading. A file that reports no length or
    /// one too large for an array goes to <see cref="File.ReadAllBytes"/>, which copes with both.
    /// </summary>
    private static (byte[] Bytes, int Count, bool Rented) ReadAllBytes(string path)
    {
        using var handle = File.OpenHandle(path);
        var length = RandomAccess.GetLength(handle);
        if (length == 0 || length > Array.MaxLength)
        {
            var whole = File.ReadAllBytes(path);
            return (whole, whole.Length, false);
        }
        // A buffer lost to a failed read is not returned, only collected.
        var buffer = ArrayPool<byte>.Shared.Rent((int)length);
        var count = 0;
        while (count < length)
        {
            var read = RandomAccess.Read(handle, buffer.AsSpan(count, (int)length - count), count);
            if (read == 0)
            {
                // The file shrank since its length was read: it is read as it is now.
                break;
            }
            count += read;
        }
        return (buffer, count, true);
    }

    /// <summary>Rewrites <c>\r\n</c> and a lone <c>\r</c> as <c>\n</c> in place; returns the new length.</summary>
    private static int NormaliseLineEndings(Span<byte> text)
    {
        var written = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != (byte)'\r')
            {
                text[written++] = text[i];
            }
            else if (i + 1 == text.Length || text[i + 1] != (byte)'\n')
            {
                text[written++] = (byte)'\n';
            }
        }
        return written;
    }

    private static void ReportInvalidUtf8(byte[] bytes, string path, DiagnosticBag diagnostics)
    {
        try
        {
            StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            var (line, column) = LineAndColumnOfByte(bytes, ex.Index);
            diagnostics.Error(DiagnosticCodes.FileUnreadable,
                "the file is not valid UTF-8; save it as UTF-8", path, line, column);
        }
    }

    private static (int Line, int Column) LineAndColumnOfByte(byte[] bytes, int index)
    {
        int line = 1, column = 1;
        for (var i = 0; i < Math.Min(index, bytes.Length); i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                line++;
                column = 1;
            }
            else
            {
                column++;
            }
        }
        return (line, column);
    }
}
