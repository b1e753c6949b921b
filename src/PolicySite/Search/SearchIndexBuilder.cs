using System.Runtime.InteropServices;

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
        // Terms get numbers as they are first met, so that counting and merging index arrays
        // rather than hash strings; each thread remembers the words it has already turned into
        // terms (most words recur), looked up by span without allocating them.
        var vocabulary = new Vocabulary();
        var counts = new FieldCounts[records.Count];
        Parallel.For(0, records.Count, () => new TermCache(vocabulary), (i, _, cache) =>
        {
            counts[i] = Count(records[i], cache);
            return cache;
        }, _ => { });

        var names = vocabulary.Names();
        var averageLength = records.Count == 0 ? 1.0 : Math.Max(1.0, counts.Average(c => c.BodyLength));
        var byTerm = new List<(int Doc, double Tf)>?[names.Length];
        for (var doc = 0; doc < counts.Length; doc++)
        {
            var lengthNorm = 1 - B + B * counts[doc].BodyLength / averageLength;
            foreach (var (id, tf) in counts[doc].Terms)
            {
                (byTerm[id] ??= []).Add((doc, HeadingWeight * tf.Heading + TitleWeight * tf.Title + tf.Body / lengthNorm));
            }
        }

        var n = records.Count;
        var order = Enumerable.Range(0, names.Length).OrderBy(id => names[id], StringComparer.Ordinal).ToArray();
        var terms = new SearchTerm[order.Length];
        Parallel.For(0, order.Length, i =>
        {
            var list = byTerm[order[i]]!;
            var df = list.Count;
            var idf = Math.Log(1 + (n - df + 0.5) / (df + 0.5));
            var postings = new int[list.Count * 2];
            for (var p = 0; p < list.Count; p++)
            {
                var (doc, tf) = list[p];
                var score = records[doc].Weight * idf * tf * (K1 + 1) / (tf + K1);
                postings[2 * p] = doc;
                postings[2 * p + 1] = Math.Max(1, (int)Math.Round(score * Scale, MidpointRounding.AwayFromZero));
            }
            terms[i] = new SearchTerm(names[order[i]], postings);
        });
        return new SearchIndex(records, terms);
    }

    private static FieldCounts Count(SearchRecord record, TermCache cache)
    {
        // About one distinct term per fifteen characters of text: sized once instead of grown step by step.
        var terms = new Dictionary<int, Frequencies>(record.Text.Length / 15 + 8);
        cache.ForEachTerm(record.Heading, id => CollectionsMarshal.GetValueRefOrAddDefault(terms, id, out _).Heading++);
        var place = record.Breadcrumb.Count > 0 && record.Breadcrumb[^1] == record.Heading ? record.Breadcrumb.Take(record.Breadcrumb.Count - 1) : record.Breadcrumb;
        cache.ForEachTerm(string.Join(' ', place), id => CollectionsMarshal.GetValueRefOrAddDefault(terms, id, out _).Title++);
        var length = 0;
        cache.ForEachTerm(record.Text, id =>
        {
            CollectionsMarshal.GetValueRefOrAddDefault(terms, id, out _).Body++;
            length++;
        });
        return new FieldCounts(terms, length);
    }

    /// <summary>How often a term occurs in a section's heading, place and text.</summary>
    private struct Frequencies
    {
        public int Heading;
        public int Title;
        public int Body;
    }

    private sealed record FieldCounts(Dictionary<int, Frequencies> Terms, int BodyLength);

    /// <summary>The terms met so far, numbered in the order they were first met.</summary>
    private sealed class Vocabulary
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

        public int Id(string term)
        {
            lock (_ids)
            {
                if (!_ids.TryGetValue(term, out var id))
                {
                    _ids[term] = id = _ids.Count;
                }
                return id;
            }
        }

        public string[] Names()
        {
            var names = new string[_ids.Count];
            foreach (var (term, id) in _ids)
            {
                names[id] = term;
            }
            return names;
        }
    }

    /// <summary>One thread's memory of which term (number) each word it met is; -1 for a stop word.</summary>
    private sealed class TermCache(Vocabulary vocabulary)
    {
        private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);

        public void ForEachTerm(string text, Action<int> handle)
        {
            var lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
            SearchText.ForEachWord(text, word =>
            {
                if (!lookup.TryGetValue(word, out var id))
                {
                    var key = new string(word);
                    id = SearchText.TermOf(key) is { } term ? vocabulary.Id(term) : -1;
                    _words[key] = id;
                }
                if (id >= 0)
                {
                    handle(id);
                }
            });
        }
    }
}
