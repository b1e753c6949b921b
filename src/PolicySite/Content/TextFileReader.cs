using System.Text;
using PolicySite.Diagnostics;

namespace PolicySite.Content;

/// <summary>
/// Reads a text file as strict UTF-8 (a byte-order mark is allowed and dropped) with line
/// endings normalised to <c>\n</c>, so that line numbers and output do not depend on the editor.
/// </summary>
internal static class TextFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(string path, DiagnosticBag diagnostics)
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

        try
        {
            var text = StrictUtf8.GetString(bytes);
            if (text.Length > 0 && text[0] == '\uFEFF')
            {
                text = text[1..];
            }
            return text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;
        }
        catch (DecoderFallbackException ex)
        {
            var (line, column) = LineAndColumnOfByte(bytes, ex.Index);
            diagnostics.Error(DiagnosticCodes.FileUnreadable,
                "the file is not valid UTF-8; save it as UTF-8", path, line, column);
            return null;
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
