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

    public static string? Read(string path, DiagnosticBag diagnostics) =>
        ReadUtf8(path, diagnostics) is { } utf8 ? Encoding.UTF8.GetString(utf8.Span) : null;

    /// <summary>
    /// The file's bytes, checked to be UTF-8, without a byte-order mark and with <c>\n</c> line
    /// endings: a caller that needs only parts of the text decodes just those. Null (and
    /// reported) when the file cannot be read or is not UTF-8.
    /// </summary>
    public static ReadOnlyMemory<byte>? ReadUtf8(string path, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable, $"cannot read the file: {ex.Message.TrimEnd('.')}; check that it exists and is readable", path);
            return null;
        }

        if (!Utf8.IsValid(bytes))
        {
            ReportInvalidUtf8(bytes, path, diagnostics);
            return null;
        }
        var start = bytes.AsSpan().StartsWith(ByteOrderMark) ? ByteOrderMark.Length : 0;
        // Carriage returns are single bytes that never occur inside a multi-byte UTF-8 sequence,
        // so normalising the bytes gives the same text as normalising the decoded characters.
        var length = bytes.AsSpan(start).Contains((byte)'\r') ? NormaliseLineEndings(bytes.AsSpan(start)) : bytes.Length - start;
        return bytes.AsMemory(start, length);
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
