namespace PolicySite.Linking;

/// <summary>"Did you mean …?" for a mistyped id: the closest known id by edit distance.</summary>
internal static class Suggestion
{
    public static string DidYouMean(string wrong, IEnumerable<string> known)
    {
        var best = known
            .Select(k => (Key: k, Distance: Distance(wrong, k)))
            .Where(c => c.Distance <= Math.Max(2, wrong.Length / 3))
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        return best.Key is null ? "" : $" (did you mean '{best.Key}'?)";
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
