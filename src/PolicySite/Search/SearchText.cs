using System.Globalization;
using System.Runtime.CompilerServices;
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
    /// <summary>Receives the folded words of a text, one call each; the span is only valid during the call.</summary>
    public interface IWordHandler
    {
        void Word(ReadOnlySpan<char> word);
    }

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
        var words = new WordList([]);
        ForEachWord(text, ref words);
        return words.Words;
    }

    private readonly struct WordList(List<string> words) : IWordHandler
    {
        public List<string> Words => words;

        public void Word(ReadOnlySpan<char> word) => words.Add(new string(word));
    }

    /// <summary>
    /// Calls <paramref name="handler"/> with each folded word of the text (see <see cref="Words"/>),
    /// without allocating it. Generic over a struct so that the call per word is direct: the index
    /// build runs this over every word of the site.
    /// </summary>
    // Optimised from the first call: the index build runs it once per process (see SearchIndexBuilder).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void ForEachWord<THandler>(ReadOnlySpan<char> text, ref THandler handler)
        where THandler : struct, IWordHandler
    {
        var buffer = t_buffer ??= new char[64];
        var length = 0;
        var pendingApostrophe = false;
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (c < 0x80)
            {
                // Most text is ASCII: no folding table, no Unicode categories; setting bit 0x20
                // lower-cases a letter and leaves a digit as it is.
                i++;
                if (char.IsAsciiLetterOrDigit(c))
                {
                    Append(ref buffer, ref length, ref pendingApostrophe, (char)(c | 0x20));
                }
                else
                {
                    Separate(ref handler, buffer, ref length, ref pendingApostrophe, c == '`' ? '\'' : c);
                }
                continue;
            }
            // An empty fold is a combining mark on its own: it belongs to the letter before it.
            var fold = FoldAt(text, i);
            i += Width(text, i);
            foreach (var f in fold)
            {
                if (IsWordChar(f))
                {
                    Append(ref buffer, ref length, ref pendingApostrophe, f);
                }
                else
                {
                    Separate(ref handler, buffer, ref length, ref pendingApostrophe, f);
                }
            }
        }
        if (length > 0)
        {
            handler.Word(buffer.AsSpan(0, length));
        }
    }

    /// <summary>Adds a word character, after the apostrophe before it if one is pending.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Append(ref char[] buffer, ref int length, ref bool pendingApostrophe, char f)
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

    /// <summary>
    /// A character that is not part of a word: the first apostrophe after a word may still be
    /// inside it ("world's"); anything else ends the word.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Separate<THandler>(ref THandler handler, char[] buffer, ref int length, ref bool pendingApostrophe, char f)
        where THandler : struct, IWordHandler
    {
        if (f == '\'' && length > 0 && !pendingApostrophe)
        {
            pendingApostrophe = true;
            return;
        }
        if (length > 0)
        {
            handler.Word(buffer.AsSpan(0, length));
            length = 0;
        }
        pendingApostrophe = false;
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

    private static int Width(ReadOnlySpan<char> text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;

    /// <summary>The fold of the character (code point) at <paramref name="i"/>.</summary>
    private static string FoldAt(ReadOnlySpan<char> text, int i)
    {
        var c = text[i];
        if (c < 0x80)
        {
            return c == '`' ? "'" : AsciiFolds[c];
        }
        if (Width(text, i) == 2)
        {
            return FoldUncached(text.Slice(i, 2).ToString());
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
