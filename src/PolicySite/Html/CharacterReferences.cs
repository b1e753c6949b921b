using System.Globalization;
using System.Text;
using AngleSharp.Html;

namespace PolicySite.Html;

/// <summary>
/// Decodes character references (<c>&amp;amp;</c>, <c>&amp;#39;</c>, <c>&amp;eacute;</c>) in text and
/// attribute values. Named references come from AngleSharp's table of HTML's entities; the few
/// the theme and Markdown renderer write all the time are looked up without it.
/// </summary>
internal static class CharacterReferences
{
    /// <summary>The text with its references decoded; <paramref name="text"/> itself when it has none.</summary>
    public static ReadOnlyMemory<char> Decode(ReadOnlyMemory<char> text, bool inAttribute)
    {
        var span = text.Span;
        var amp = span.IndexOf('&');
        if (amp < 0)
        {
            return text;
        }
        var decoded = new StringBuilder(span.Length);
        var i = 0;
        while (amp >= 0)
        {
            decoded.Append(span[i..amp]);
            i = amp + 1 + Reference(span[(amp + 1)..], inAttribute, decoded);
            var next = span[i..].IndexOf('&');
            amp = next < 0 ? -1 : i + next;
        }
        decoded.Append(span[i..]);
        return decoded.ToString().AsMemory();
    }

    /// <summary>Appends what the reference after an ampersand stands for and returns how many characters it took (0: a literal ampersand).</summary>
    private static int Reference(ReadOnlySpan<char> after, bool inAttribute, StringBuilder decoded)
    {
        if (after.Length > 0 && after[0] == '#')
        {
            return Numeric(after, decoded);
        }
        var length = 0;
        while (length < after.Length && char.IsAsciiLetterOrDigit(after[length]))
        {
            length++;
        }
        var name = after[..length];
        var terminated = length < after.Length && after[length] == ';';
        if (length > 0 && terminated && Common(name) is { } common)
        {
            decoded.Append(common);
            return length + 1;
        }
        // Without a semicolon only the legacy names count, and in an attribute not when a name
        // character or '=' follows (so "?a=1&copy=2" stays as written), as browsers read them.
        if (length > 0 && (terminated || !inAttribute || length == after.Length || after[length] != '=')
            && HtmlEntityProvider.Resolver.GetSymbol(terminated ? $"{name};" : name.ToString()) is { } symbol)
        {
            decoded.Append(symbol);
            return terminated ? length + 1 : length;
        }
        decoded.Append('&');
        return 0;
    }

    private static string? Common(ReadOnlySpan<char> name) => name switch
    {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        "nbsp" => "\u00A0",
        _ => null,
    };

    private static int Numeric(ReadOnlySpan<char> after, StringBuilder decoded)
    {
        var hex = after.Length > 1 && (after[1] == 'x' || after[1] == 'X');
        var start = hex ? 2 : 1;
        var end = start;
        while (end < after.Length && (hex ? char.IsAsciiHexDigit(after[end]) : char.IsAsciiDigit(after[end])))
        {
            end++;
        }
        if (end == start)
        {
            decoded.Append('&');
            return 0;
        }
        var digits = after[start..end];
        var parsed = int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code);
        decoded.Append(!parsed || code == 0 || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)
            ? "\uFFFD"
            : char.ConvertFromUtf32(code));
        return end < after.Length && after[end] == ';' ? end + 1 : end;
    }
}
