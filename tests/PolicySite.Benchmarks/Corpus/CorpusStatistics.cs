namespace PolicySite.Benchmarks.Corpus;

/// <summary>What a generated corpus came to: pages, Markdown bytes and words per page as a reader sees them.</summary>
internal sealed record CorpusStatistics(int Pages, long Bytes, int MinimumWords, double MeanWords, int MaximumWords);
