using System.Collections.Concurrent;

namespace PolicySite.Search;

/// <summary>The inverted index: every term with the sections it occurs in and how much it counts there.</summary>
/// <param name="Terms">Terms in ordinal order; postings are (section number, impact) pairs by section number.</param>
internal sealed record SearchIndex(IReadOnlyList<SearchRecord> Records, IReadOnlyList<SearchTerm> Terms);

/// <summary>A term and its postings, flattened: section, impact, section, impact, … in section order.</summary>
internal sealed record SearchTerm(string Term, int[] Postings);

/// <summary>
/// Builds the inverted index with BM25F scores computed ahead: for each term and section, the
/// score a one-word query for that term would give the section (its "impact", × 100 as an
/// integer). The browser then only adds impacts up, so ranking costs it almost nothing, and the
/// boosts for heading and title matches are part of the impact.
/// </summary>
internal static class SearchIndexBuilder
{
    /// <summary>BM25 term-frequency saturation.</summary>
    public const double K1 = 1.2;

    /// <summary>BM25 length normalisation of the section text.</summary>
    public const double B = 0.75;

    /// <summary>A word of the section's heading counts as much as this many words of its text.</summary>
    public const double HeadingWeight = 3.0;

    /// <summary>A word of the page's title or place (breadcrumb above the heading) counts this much.</summary>
    public const double TitleWeight = 1.5;

    /// <summary>Impacts are written as integers: the score × this.</summary>
    public const int Scale = 100;

    public static SearchIndex Build(IReadOnlyList<SearchRecord> records)
    {
        var cache = new ConcurrentDictionary<string, string?>(StringComparer.Ordinal);
        var counts = new FieldCounts[records.Count];
        Parallel.For(0, records.Count, i => counts[i] = Count(records[i], cache));

        var averageLength = records.Count == 0 ? 1.0 : Math.Max(1.0, counts.Average(c => c.BodyLength));
        var byTerm = new Dictionary<string, List<(int Doc, double Tf)>>(StringComparer.Ordinal);
        for (var doc = 0; doc < counts.Length; doc++)
        {
            var lengthNorm = 1 - B + B * counts[doc].BodyLength / averageLength;
            foreach (var (term, tf) in counts[doc].Terms)
            {
                if (!byTerm.TryGetValue(term, out var list))
                {
                    byTerm[term] = list = [];
                }
                list.Add((doc, HeadingWeight * tf.Heading + TitleWeight * tf.Title + tf.Body / lengthNorm));
            }
        }

        var n = records.Count;
        var terms = new List<SearchTerm>(byTerm.Count);
        foreach (var (term, list) in byTerm.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var df = list.Count;
            var idf = Math.Log(1 + (n - df + 0.5) / (df + 0.5));
            var postings = new int[list.Count * 2];
            for (var i = 0; i < list.Count; i++)
            {
                var (doc, tf) = list[i];
                var score = records[doc].Weight * idf * tf * (K1 + 1) / (tf + K1);
                postings[2 * i] = doc;
                postings[2 * i + 1] = Math.Max(1, (int)Math.Round(score * Scale, MidpointRounding.AwayFromZero));
            }
            terms.Add(new SearchTerm(term, postings));
        }
        return new SearchIndex(records, terms);
    }

    private static FieldCounts Count(SearchRecord record, ConcurrentDictionary<string, string?> cache)
    {
        var terms = new Dictionary<string, (int Heading, int Title, int Body)>(StringComparer.Ordinal);
        foreach (var term in Terms(record.Heading, cache))
        {
            var c = terms.GetValueOrDefault(term);
            terms[term] = c with { Heading = c.Heading + 1 };
        }
        var place = record.Breadcrumb.Count > 0 && record.Breadcrumb[^1] == record.Heading ? record.Breadcrumb.Take(record.Breadcrumb.Count - 1) : record.Breadcrumb;
        foreach (var term in Terms(string.Join(' ', place), cache))
        {
            var c = terms.GetValueOrDefault(term);
            terms[term] = c with { Title = c.Title + 1 };
        }
        var length = 0;
        foreach (var term in Terms(record.Text, cache))
        {
            var c = terms.GetValueOrDefault(term);
            terms[term] = c with { Body = c.Body + 1 };
            length++;
        }
        return new FieldCounts(terms, length);
    }

    private static IEnumerable<string> Terms(string text, ConcurrentDictionary<string, string?> cache)
    {
        foreach (var word in SearchText.Words(text))
        {
            if (cache.GetOrAdd(word, SearchText.TermOf) is { } term)
            {
                yield return term;
            }
        }
    }

    private sealed record FieldCounts(Dictionary<string, (int Heading, int Title, int Body)> Terms, int BodyLength);
}
