using System.Globalization;
using System.Text;

namespace PolicySite.Search;

/// <summary>
/// The text normalisation that the index and the browser share, term for term: case and
/// diacritics folding (NFKD, combining marks stripped, a few letters that Unicode does not
/// decompose), words of letters, digits and marks with apostrophes inside them, English stop
/// words left out, and the Porter2 stemmer. <c>theme/assets/js/search.js</c> implements the same
/// rules; <c>tests/search-vectors.json</c> holds the cases both are tested against.
/// </summary>
internal static class SearchText
{
    /// <summary>Receives one folded word; the span is only valid during the call.</summary>
    public delegate void WordHandler(ReadOnlySpan<char> word);

    /// <summary>
    /// Function words that carry no subject. "us" (the US) and "who" (the WHO) are deliberately
    /// not in it. The JS client has the same list, and the test vectors check both.
    /// </summary>
    public static IReadOnlyList<string> StopWords { get; } =
    [
        "a", "an", "and", "are", "as", "at", "be", "been", "being", "but", "by", "for", "from",
        "had", "has", "have", "he", "her", "his", "i", "if", "in", "into", "is", "it", "its",
        "me", "my", "no", "not", "of", "on", "or", "our", "she", "so", "such", "than", "that",
        "the", "their", "them", "then", "there", "these", "they", "this", "those", "to", "was",
        "we", "were", "what", "when", "where", "which", "while", "will", "with", "would", "you",
        "your",
    ];

    private static readonly HashSet<string> StopWordSet = new(StopWords, StringComparer.Ordinal);

    // Folds of the characters outside ASCII, filled as they are met (a benign race: every
    // thread computes the same string).
    private static readonly string?[] BmpFolds = new string?[0x10000];

    /// <summary>The whole text folded (case, diacritics, ligatures, apostrophes), as the index sees it.</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i += Width(text, i))
        {
            builder.Append(FoldAt(text, i));
        }
        return builder.ToString();
    }

    /// <summary>The index terms of a text, in order (stop words left out).</summary>
    public static List<string> Terms(string text)
    {
        var terms = new List<string>();
        foreach (var word in Words(text))
        {
            if (TermOf(word) is { } term)
            {
                terms.Add(term);
            }
        }
        return terms;
    }

    /// <summary>
    /// The folded words of a text: runs of letters, digits and marks, with single apostrophes
    /// inside them ("world's"); anything else separates words.
    /// </summary>
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        ForEachWord(text, word => words.Add(new string(word)));
        return words;
    }

    /// <summary>Calls <paramref name="handle"/> with each folded word of the text (see <see cref="Words"/>), without allocating it.</summary>
    public static void ForEachWord(string text, WordHandler handle)
    {
        var buffer = t_buffer ??= new char[64];
        var length = 0;
        var pendingApostrophe = false;
        for (var i = 0; i < text.Length; i += Width(text, i))
        {
            var c = text[i];
            if (c < 0x80)
            {
                // Most text is ASCII: no folding table, no Unicode categories.
                if (c is >= 'a' and <= 'z' or >= '0' and <= '9' or >= 'A' and <= 'Z')
                {
                    Append(c is >= 'A' and <= 'Z' ? (char)(c + 32) : c);
                }
                else
                {
                    Other(c == '`' ? '\'' : c);
                }
                continue;
            }
            // An empty fold is a combining mark on its own: it belongs to the letter before it.
            foreach (var f in FoldAt(text, i))
            {
                if (IsWordChar(f))
                {
                    Append(f);
                }
                else
                {
                    Other(f);
                }
            }
        }
        if (length > 0)
        {
            handle(buffer.AsSpan(0, length));
        }

        void Append(char f)
        {
            if (length + 2 > buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
                t_buffer = buffer;
            }
            if (pendingApostrophe)
            {
                buffer[length++] = '\'';
                pendingApostrophe = false;
            }
            buffer[length++] = f;
        }

        void Other(char f)
        {
            if (f == '\'' && length > 0 && !pendingApostrophe)
            {
                pendingApostrophe = true;
                return;
            }
            if (length > 0)
            {
                handle(buffer.AsSpan(0, length));
                length = 0;
            }
            pendingApostrophe = false;
        }
    }

    [ThreadStatic]
    private static char[]? t_buffer;

    /// <summary>The index term of one folded word: null for a stop word; stemmed when it is plain a–z.</summary>
    public static string? TermOf(string word)
    {
        if (StopWordSet.Contains(word))
        {
            return null;
        }
        var term = IsPlainEnglish(word) ? EnglishStemmer.Stem(word) : word;
        if (term.Contains('\''))
        {
            term = term.Replace("'", "", StringComparison.Ordinal);
        }
        return term.Length == 0 ? null : term;
    }

    private static bool IsPlainEnglish(string word)
    {
        foreach (var c in word)
        {
            if (c is not (>= 'a' and <= 'z' or '\''))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>Letters, numbers and marks (Unicode L, N and M), as <c>[\p{L}\p{N}\p{M}]</c> in JS.</summary>
    private static bool IsWordChar(char c) => CharUnicodeInfo.GetUnicodeCategory(c) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        _ => false,
    };

    private static int Width(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;

    /// <summary>The fold of the character (code point) at <paramref name="i"/>.</summary>
    private static string FoldAt(string text, int i)
    {
        var c = text[i];
        if (c < 0x80)
        {
            return c == '`' ? "'" : AsciiFolds[c];
        }
        if (Width(text, i) == 2)
        {
            return FoldUncached(text.Substring(i, 2));
        }
        return BmpFolds[c] ??= FoldUncached(c.ToString());
    }

    private static readonly string[] AsciiFolds = Enumerable.Range(0, 0x80)
        .Select(c => char.ToLowerInvariant((char)c).ToString())
        .ToArray();

    private static string FoldUncached(string character)
    {
        var decomposed = character.IsNormalized(NormalizationForm.FormKD) ? character : character.Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var rune in decomposed.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            var lower = Rune.ToLowerInvariant(rune).ToString();
            foreach (var l in lower)
            {
                builder.Append(SpecialFold(l));
            }
        }
        return builder.ToString();
    }

    /// <summary>Letters that Unicode does not decompose but readers type without their stroke or ligature.</summary>
    private static string SpecialFold(char c) => c switch
    {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'ø' => "o",
        'ł' => "l",
        'đ' => "d",
        'ð' => "d",
        'þ' => "th",
        'ı' => "i",
        'ς' => "σ",
        '\u2018' or '\u2019' or '\u02BC' or '`' => "'",
        _ => c.ToString(),
    };
}
