using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;

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
/// <para>
/// The loops every word of the site goes through are compiled optimised from their first call
/// (<see cref="MethodImplOptions.AggressiveOptimization"/>): the index is built once per process,
/// so with tiered compilation most of that one run would be unoptimised or instrumented code
/// (at 5,000 pages, nearly three times the CPU time). Native AOT compiles everything ahead anyway.
/// </para>
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

    /// <summary>How many sections a counting thread takes at a time: enough to make taking them cheap, few enough to share the work evenly.</summary>
    private const int SectionsPerTake = 64;

    /// <summary>The fewest sections a core scores as a run of its own (fewer in all are scored on one core): starting another would cost more than it saves.</summary>
    private const int SectionsPerRun = 4096;

    public static SearchIndex Build(IReadOnlyList<SearchRecord> records)
    {
        // Terms get numbers as they are first met, so that counting and merging index arrays
        // rather than hash strings.
        var vocabulary = new Vocabulary();
        var sections = CountSections(records, vocabulary);
        var names = vocabulary.Names();
        var postings = Postings(records, sections, names.Length);

        var order = new int[names.Length];
        for (var id = 0; id < order.Length; id++)
        {
            order[id] = id;
        }
        Array.Sort((string[])names.Clone(), order, StringComparer.Ordinal);
        var terms = new SearchTerm[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            terms[i] = new SearchTerm(names[order[i]], postings[order[i]]);
        }
        return new SearchIndex(records, terms);
    }

    /// <summary>
    /// Counts the terms of every section, in parallel: one counter per core, each taking the next
    /// run of sections until none are left. (Parallel.For's own per-task state would be made
    /// afresh every time it splits its work, dozens of times per build, and each new counter
    /// starts with nothing stemmed.)
    /// </summary>
    private static CountedSection[] CountSections(IReadOnlyList<SearchRecord> records, Vocabulary vocabulary)
    {
        var sections = new CountedSection[records.Count];
        var counters = Math.Min(Environment.ProcessorCount, (records.Count + SectionsPerTake - 1) / SectionsPerTake);
        var next = 0;
        Parallel.For(0, counters, _ =>
        {
            var counter = new SectionCounter(vocabulary);
            int start;
            while ((start = Interlocked.Add(ref next, SectionsPerTake) - SectionsPerTake) < records.Count)
            {
                for (var i = start; i < Math.Min(start + SectionsPerTake, records.Count); i++)
                {
                    sections[i] = counter.Count(records[i]);
                }
            }
        });
        return sections;
    }

    /// <summary>
    /// Each term's postings (section, impact, section, impact, … in section order), by term
    /// number: written straight into an array of their final size, section by section. Compiled
    /// optimised from its first call (see the class summary).
    /// </summary>
    /// <remarks>
    /// A large site's sections are cut into one run per core, and each run counts and then fills
    /// its own places in every term's postings, after the runs before it: the postings come out as
    /// one pass in section order writes them. Done in one pass, this was the index build's longest
    /// step on one core while the other waited (some 18 ms at 5,000 pages).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int[][] Postings(IReadOnlyList<SearchRecord> records, CountedSection[] sections, int termCount)
    {
        var n = records.Count;
        var runs = Math.Clamp(n / SectionsPerRun, 1, Environment.ProcessorCount);
        // Per run: how many of its sections have each term, then (in place) where its postings start.
        var places = new int[runs][];
        var lengths = new long[runs];
        Parallel.For(0, runs, run =>
        {
            var (first, end) = Run(run);
            var count = new int[termCount];
            var length = 0L;
            for (var doc = first; doc < end; doc++)
            {
                length += sections[doc].BodyLength;
                foreach (var term in sections[doc].Terms)
                {
                    count[term.Id]++;
                }
            }
            places[run] = count;
            lengths[run] = length;
        });
        var averageLength = n == 0 ? 1.0 : Math.Max(1.0, (double)lengths.Sum() / n);

        var postings = new int[termCount][];
        var idf = new double[termCount];
        for (var id = 0; id < termCount; id++)
        {
            var df = 0;
            for (var run = 0; run < runs; run++)
            {
                var count = places[run][id];
                places[run][id] = df * 2;
                df += count;
            }
            postings[id] = new int[df * 2];
            idf[id] = Math.Log(1 + (n - df + 0.5) / (df + 0.5));
        }
        Parallel.For(0, runs, run =>
        {
            var (first, end) = Run(run);
            var filled = places[run];
            for (var doc = first; doc < end; doc++)
            {
                var (sectionTerms, headed, bodyLength) = sections[doc];
                var lengthNorm = 1 - B + B * bodyLength / averageLength;
                var weight = records[doc].Weight;
                for (var t = 0; t < sectionTerms.Length; t++)
                {
                    var (id, body) = sectionTerms[t];
                    var (heading, title) = t < headed.Length ? headed[t] : default;
                    var tf = HeadingWeight * heading + TitleWeight * title + body / lengthNorm;
                    var score = weight * idf[id] * tf * (K1 + 1) / (tf + K1);
                    var at = filled[id];
                    postings[id][at] = doc;
                    postings[id][at + 1] = Math.Max(1, (int)Math.Round(score * Scale, MidpointRounding.AwayFromZero));
                    filled[id] = at + 2;
                }
            }
        });
        return postings;

        (int First, int End) Run(int run) => ((int)((long)n * run / runs), (int)((long)n * (run + 1) / runs));
    }

    /// <summary>How often a term occurs in a section's heading, place and text.</summary>
    private struct Frequencies
    {
        public int Heading;
        public int Title;
        public int Body;

        public readonly bool IsZero => (Heading | Title | Body) == 0;
    }

    /// <summary>A term (by number) of a section and how often it occurs in its text.</summary>
    private readonly record struct SectionTerm(int Id, int Body);

    /// <summary>How often a term occurs in a section's heading and in its place.</summary>
    private readonly record struct HeadingCounts(int Heading, int Title);

    /// <summary>
    /// The terms of one section, those of its heading and place first: <paramref name="Headed"/>
    /// has an entry for each of those and none for the rest, which are most (a section's counts
    /// are all held until every section is counted, so they are kept small).
    /// </summary>
    /// <param name="BodyLength">How many term words its text has (stop words not counted).</param>
    private readonly record struct CountedSection(SectionTerm[] Terms, HeadingCounts[] Headed, int BodyLength);

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

    /// <summary>
    /// One thread's counting. It remembers which term (number) each word it has met is, -1 for a
    /// stop word, so a word is stemmed once per thread and then looked up by span without
    /// allocating it (most words recur). A section's frequencies are counted in an array by term
    /// number, with the numbers touched listed, so that only those are read and reset.
    /// </summary>
    private sealed class SectionCounter
    {
        private readonly Vocabulary _vocabulary;
        private readonly WordTable _words = new();
        private Frequencies[] _frequencies = new Frequencies[1024];
        private int[] _touched = new int[256];
        private int _touchedCount;
        private int _bodyLength;

        public SectionCounter(Vocabulary vocabulary)
        {
            _vocabulary = vocabulary;
        }

        // Optimised from the first call: see the summary of SearchIndexBuilder.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public CountedSection Count(SearchRecord record)
        {
            var heading = new FieldWords(this, Field.Heading);
            SearchText.ForEachWord(record.Heading, ref heading);
            // The place is the breadcrumb without the heading at its end; its parts are counted
            // one by one, which splits them into the same words as joining them with spaces would.
            var place = new FieldWords(this, Field.Title);
            var placeParts = record.Breadcrumb.Count > 0 && record.Breadcrumb[^1] == record.Heading ? record.Breadcrumb.Count - 1 : record.Breadcrumb.Count;
            for (var i = 0; i < placeParts; i++)
            {
                SearchText.ForEachWord(record.Breadcrumb[i], ref place);
            }
            // Terms are listed in the order they were first met, so these come first.
            var headedTerms = _touchedCount;
            var body = new FieldWords(this, Field.Body);
            var text = ArrayPool<char>.Shared.Rent(record.TextLength);
            var length = Encoding.UTF8.GetChars(record.Utf8Text, text);
            SearchText.ForEachWord(text.AsSpan(0, length), ref body);
            ArrayPool<char>.Shared.Return(text);

            var terms = new SectionTerm[_touchedCount];
            var headed = headedTerms == 0 ? [] : new HeadingCounts[headedTerms];
            for (var i = 0; i < terms.Length; i++)
            {
                var id = _touched[i];
                ref var frequencies = ref _frequencies[id];
                terms[i] = new SectionTerm(id, frequencies.Body);
                if (i < headedTerms)
                {
                    headed[i] = new HeadingCounts(frequencies.Heading, frequencies.Title);
                }
                frequencies = default;
            }
            var counted = new CountedSection(terms, headed, _bodyLength);
            _touchedCount = 0;
            _bodyLength = 0;
            return counted;
        }

        // Optimised from the first call: see the summary of SearchIndexBuilder.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void Add(ReadOnlySpan<char> word, Field field)
        {
            if (!_words.TryGet(word, out var id))
            {
                var key = new string(word);
                id = SearchText.TermOf(key) is { } term ? _vocabulary.Id(term) : -1;
                _words.Add(key, id);
            }
            if (id < 0)
            {
                return;
            }
            if (id >= _frequencies.Length)
            {
                Array.Resize(ref _frequencies, Math.Max(id + 1, _frequencies.Length * 2));
            }
            ref var frequencies = ref _frequencies[id];
            if (frequencies.IsZero)
            {
                if (_touchedCount == _touched.Length)
                {
                    Array.Resize(ref _touched, _touched.Length * 2);
                }
                _touched[_touchedCount++] = id;
            }
            switch (field)
            {
                case Field.Heading:
                    frequencies.Heading++;
                    break;
                case Field.Title:
                    frequencies.Title++;
                    break;
                default:
                    frequencies.Body++;
                    _bodyLength++;
                    break;
            }
        }

        private enum Field
        {
            Heading,
            Title,
            Body,
        }

        /// <summary>Counts the words of one field of the section.</summary>
        private readonly struct FieldWords(SectionCounter counter, Field field) : SearchText.IWordHandler
        {
            public void Word(ReadOnlySpan<char> word) => counter.Add(word, field);
        }
    }
}
