namespace PolicySite.Search;

/// <summary>
/// The English (Porter2) stemmer of the Snowball project, written from its published definition
/// (snowballstem.org/algorithms/english/stemmer.html): "defenders" and "defending" both become
/// "defend". Works on lower-case a–z words with apostrophes; 'Y' marks a y that is a consonant.
/// R1 starts after the first non-vowel that follows a vowel, R2 likewise after R1. The JS client
/// (<c>theme/assets/js/search.js</c>) has a line-for-line twin; keep them in step.
/// </summary>
internal static class EnglishStemmer
{
    private static readonly Dictionary<string, string> Exceptions = new(StringComparer.Ordinal)
    {
        ["skis"] = "ski", ["skies"] = "sky", ["dying"] = "die", ["lying"] = "lie", ["tying"] = "tie",
        ["idly"] = "idl", ["gently"] = "gentl", ["ugly"] = "ugli", ["early"] = "earli", ["only"] = "onli",
        ["singly"] = "singl", ["sky"] = "sky", ["news"] = "news", ["howe"] = "howe", ["atlas"] = "atlas",
        ["cosmos"] = "cosmos", ["bias"] = "bias", ["andes"] = "andes",
    };

    /// <summary>Words left as they are once Step 1a has run.</summary>
    private static readonly HashSet<string> AfterStep1A = new(StringComparer.Ordinal)
    {
        "inning", "outing", "canning", "herring", "earring", "proceed", "exceed", "succeed",
    };

    // Longest suffix first within each list: the algorithm acts on the longest suffix that
    // matches, and does nothing when that one's condition fails.
    private static readonly (string Suffix, string Replacement)[] Step2Rules =
    [
        ("ization", "ize"), ("ational", "ate"), ("fulness", "ful"), ("ousness", "ous"),
        ("iveness", "ive"), ("tional", "tion"), ("biliti", "ble"), ("lessli", "less"),
        ("entli", "ent"), ("ation", "ate"), ("alism", "al"), ("aliti", "al"), ("ousli", "ous"),
        ("iviti", "ive"), ("fulli", "ful"), ("enci", "ence"), ("anci", "ance"), ("abli", "able"),
        ("izer", "ize"), ("ator", "ate"), ("alli", "al"), ("bli", "ble"), ("ogi", "og"), ("li", ""),
    ];

    private static readonly (string Suffix, string Replacement)[] Step3Rules =
    [
        ("ational", "ate"), ("tional", "tion"), ("alize", "al"), ("icate", "ic"), ("iciti", "ic"),
        ("ative", ""), ("ical", "ic"), ("ness", ""), ("ful", ""),
    ];

    private static readonly string[] Step4Suffixes =
    [
        "ement", "ance", "ence", "able", "ible", "ment", "ant", "ent", "ism", "ate", "iti", "ous",
        "ive", "ize", "ion", "al", "er", "ic",
    ];

    private static readonly string[] Step1BSuffixes = ["eedly", "ingly", "edly", "eed", "ing", "ed"];

    private static readonly string[] Doubles = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"];

    private static readonly string[] SpecialPrefixes = ["gener", "commun", "arsen"];

    public static string Stem(string word)
    {
        if (Exceptions.TryGetValue(word, out var exception))
        {
            return exception;
        }
        if (word.Length < 3)
        {
            return word;
        }
        var w = word[0] == '\'' ? word[1..] : word;

        // Prelude: a y at the start or after a vowel is a consonant.
        var chars = w.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == 'y' && (i == 0 || IsVowel(chars[i - 1])))
            {
                chars[i] = 'Y';
            }
        }
        w = new string(chars);

        var p1 = SpecialPrefixes.FirstOrDefault(p => w.StartsWith(p, StringComparison.Ordinal)) is { } prefix
            ? prefix.Length
            : RegionAfter(w, 0);
        var p2 = RegionAfter(w, p1);

        // Step 0 and Step 1a.
        if (w.EndsWith("'s'", StringComparison.Ordinal))
        {
            w = w[..^3];
        }
        else if (w.EndsWith("'s", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.EndsWith('\''))
        {
            w = w[..^1];
        }
        if (w.EndsWith("sses", StringComparison.Ordinal))
        {
            w = w[..^2];
        }
        else if (w.EndsWith("ied", StringComparison.Ordinal) || w.EndsWith("ies", StringComparison.Ordinal))
        {
            w = w[..^3] + (w.Length - 3 > 1 ? "i" : "ie");
        }
        else if (w.EndsWith("us", StringComparison.Ordinal) || w.EndsWith("ss", StringComparison.Ordinal))
        {
            // unchanged
        }
        else if (w.EndsWith('s') && HasVowel(w, 0, w.Length - 2))
        {
            w = w[..^1];
        }

        if (!AfterStep1A.Contains(w))
        {
            w = Step1B(w, p1);
            w = Step1C(w);
            w = Step2(w, p1);
            w = Step3(w, p1, p2);
            w = Step4(w, p2);
            w = Step5(w, p1, p2);
        }
        return w.Replace('Y', 'y');
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y';

    private static bool HasVowel(string w, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (IsVowel(w[i]))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The start of the region after the first non-vowel that follows a vowel at or after <paramref name="from"/>.</summary>
    private static int RegionAfter(string w, int from)
    {
        for (var i = from; i < w.Length - 1; i++)
        {
            if (IsVowel(w[i]) && !IsVowel(w[i + 1]))
            {
                return i + 2;
            }
        }
        return w.Length;
    }

    /// <summary>A short syllable ends at <paramref name="end"/> (exclusive): non-vowel (not w, x, Y), vowel, non-vowel; or vowel, non-vowel at the start.</summary>
    private static bool ShortSyllableAt(string w, int end)
    {
        if (end >= 3 && !IsVowel(w[end - 1]) && w[end - 1] is not ('w' or 'x' or 'Y') && IsVowel(w[end - 2]) && !IsVowel(w[end - 3]))
        {
            return true;
        }
        return end == 2 && IsVowel(w[0]) && !IsVowel(w[1]);
    }

    private static string Step1B(string w, int p1)
    {
        var suffix = Step1BSuffixes.FirstOrDefault(s => w.EndsWith(s, StringComparison.Ordinal));
        if (suffix is null)
        {
            return w;
        }
        var start = w.Length - suffix.Length;
        if (suffix is "eed" or "eedly")
        {
            return start >= p1 ? w[..start] + "ee" : w;
        }
        if (!HasVowel(w, 0, start))
        {
            return w;
        }
        w = w[..start];
        if (w.EndsWith("at", StringComparison.Ordinal) || w.EndsWith("bl", StringComparison.Ordinal) || w.EndsWith("iz", StringComparison.Ordinal))
        {
            return w + "e";
        }
        if (Doubles.Any(d => w.EndsWith(d, StringComparison.Ordinal)))
        {
            return w[..^1];
        }
        if (w.Length == p1 && ShortSyllableAt(w, w.Length))
        {
            return w + "e";
        }
        return w;
    }

    private static string Step1C(string w)
    {
        var n = w.Length;
        return n > 2 && w[n - 1] is 'y' or 'Y' && !IsVowel(w[n - 2]) ? w[..^1] + "i" : w;
    }

    private static string Step2(string w, int p1)
    {
        var rule = Longest(w, Step2Rules);
        if (rule is not var (suffix, replacement))
        {
            return w;
        }
        var start = w.Length - suffix.Length;
        if (start < p1
            || suffix == "ogi" && w[start - 1] != 'l'
            || suffix == "li" && !"cdeghkmnrt".Contains(w[start - 1]))
        {
            return w;
        }
        return w[..start] + replacement;
    }

    private static string Step3(string w, int p1, int p2)
    {
        var rule = Longest(w, Step3Rules);
        if (rule is not var (suffix, replacement))
        {
            return w;
        }
        var start = w.Length - suffix.Length;
        if (start < p1 || suffix == "ative" && start < p2)
        {
            return w;
        }
        return w[..start] + replacement;
    }

    private static string Step4(string w, int p2)
    {
        var suffix = Step4Suffixes.FirstOrDefault(s => w.EndsWith(s, StringComparison.Ordinal));
        if (suffix is null)
        {
            return w;
        }
        var start = w.Length - suffix.Length;
        if (start < p2 || suffix == "ion" && w[start - 1] is not ('s' or 't'))
        {
            return w;
        }
        return w[..start];
    }

    private static string Step5(string w, int p1, int p2)
    {
        var n = w.Length;
        if (w[n - 1] == 'e' && (n - 1 >= p2 || n - 1 >= p1 && !ShortSyllableAt(w, n - 1)))
        {
            return w[..^1];
        }
        if (w[n - 1] == 'l' && n - 1 >= p2 && w[n - 2] == 'l')
        {
            return w[..^1];
        }
        return w;
    }

    private static (string Suffix, string Replacement)? Longest(string w, (string Suffix, string Replacement)[] rules)
    {
        foreach (var rule in rules)
        {
            if (w.EndsWith(rule.Suffix, StringComparison.Ordinal))
            {
                return rule;
            }
        }
        return null;
    }
}
