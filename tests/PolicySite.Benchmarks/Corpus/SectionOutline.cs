namespace PolicySite.Benchmarks.Corpus;

/// <summary>A <c>##</c> section of a generated page: its heading text and its <c>{#id}</c>.</summary>
internal sealed record SectionOutline(string Heading, string Id);
