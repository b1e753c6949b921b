using System.Text;
using PolicySite.Diagnostics;

namespace PolicySite.Content;

/// <summary>Splits a Markdown file into its YAML front matter and its body.</summary>
internal static class FrontMatterSplitter
{
    /// <summary>The front matter's YAML, the line it starts on, the body (UTF-8, as in the file) and the line the body starts on (all 1-based).</summary>
    public readonly record struct Parts(string Yaml, int YamlFirstLine, byte[] Body, int BodyFirstLine);

    /// <summary>
    /// Splits <paramref name="text"/>, the file as <see cref="TextFileReader.TryReadUtf8"/> gives it. The
    /// fences are ASCII, so they are found in the bytes; the YAML is decoded and the body copied
    /// as it is: the whole text is never copied as characters.
    /// </summary>
    public static Parts? Split(ReadOnlySpan<byte> text, string path, DiagnosticBag diagnostics)
    {
        if (!text.StartsWith("---\n"u8) && !text.SequenceEqual("---"u8))
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterMissing,
                "the file has no front matter; start it with a line '---', the YAML keys, and another '---'",
                path, 1, 1);
            return null;
        }

        var lineNumber = 1;
        var position = 4;
        while (position <= text.Length)
        {
            var end = text[position..].IndexOf((byte)'\n');
            var line = end < 0 ? text[position..] : text.Slice(position, end);
            lineNumber++;
            if (line.SequenceEqual("---"u8) || line.SequenceEqual("..."u8))
            {
                var yaml = Encoding.UTF8.GetString(text[4..position]);
                var body = end < 0 ? [] : text[(position + end + 1)..].ToArray();
                return new Parts(yaml, 2, body, lineNumber + 1);
            }
            if (end < 0)
            {
                break;
            }
            position += end + 1;
        }

        diagnostics.Error(DiagnosticCodes.FrontMatterUnclosed,
            "the front matter is never closed; add a line '---' after its last key", path, 1, 1);
        return null;
    }
}
