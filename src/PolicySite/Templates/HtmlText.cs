using System.Buffers;

namespace PolicySite.Templates;

/// <summary>Escapes text for HTML element content and quoted attribute values.</summary>
public static class HtmlText
{
    private static readonly SearchValues<char> Special = SearchValues.Create("&<>\"'");

    public static string Escape(string text)
    {
        if (!NeedsEscaping(text))
        {
            return text;
        }
        var escaped = new ArrayBufferWriter<char>(text.Length + 16);
        EscapeInto(text, escaped);
        return new string(escaped.WrittenSpan);
    }

    /// <summary>Whether <paramref name="text"/> has a character that <see cref="Escape"/> replaces.</summary>
    public static bool NeedsEscaping(ReadOnlySpan<char> text) => text.ContainsAny(Special);

    /// <summary>Writes <paramref name="text"/> escaped to <paramref name="output"/>: the runs between special characters as they are.</summary>
    public static void EscapeInto(ReadOnlySpan<char> text, IBufferWriter<char> output)
    {
        while (true)
        {
            var special = text.IndexOfAny(Special);
            if (special < 0)
            {
                output.Write(text);
                return;
            }
            output.Write(text[..special]);
            output.Write(text[special] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                _ => "&#39;",
            });
            text = text[(special + 1)..];
        }
    }
}
