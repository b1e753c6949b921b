using System.Globalization;
using BenchmarkDotNet.Running;
using PolicySite.Benchmarks;
using PolicySite.Benchmarks.Corpus;

// dotnet run -c Release --project tests/PolicySite.Benchmarks -- e2e [iterations] [quiet-ms]
//     save → served, end to end, median and p95 (Stopwatch runner; a minute or so)
// dotnet run -c Release --project tests/PolicySite.Benchmarks -- rebuild [iterations]
//     full build against the preview's rebuild after a one-paragraph edit, interleaved
// dotnet run -c Release --project tests/PolicySite.Benchmarks -- rebuild-generated [pages] [iterations]
//     the same on a generated site (default 5,000 event pages; minutes per round on 2 cores)
// dotnet run -c Release --project tests/PolicySite.Benchmarks -- stages [iterations] [site-root]
//     where a build's time goes, stage by stage
// dotnet run -c Release --project tests/PolicySite.Benchmarks -- allocations [site-root] [top]
//     what one whole build allocates, by type (the runtime's allocation ticks, sampled every ~100 KB)
// dotnet run -c Release --project tests/PolicySite.Benchmarks -- load <site-root> [iterations]
//     the Load stage's content half alone (LoadContent), CPU time per load
// dotnet run -c Release --project tests/PolicySite.Benchmarks -- write <built-output> [iterations]
//     the Write stage alone on a built site's files: into an empty folder against over the previous output
// dotnet run -c Release --project tests/PolicySite.Benchmarks -- search [iterations]
//     search index size (raw, gzip) and build time, policy site and 5,000 generated pages
// dotnet run -c Release --project tests/PolicySite.Benchmarks -- search-stage [iterations] [site-root]
//     the search index's scoring and shard writing apart: CPU time, allocations, what stays alive
// dotnet run -c Release --project tests/PolicySite.Benchmarks -- search-browser [runs]
//     keystroke → results in headless Chromium (/usr/bin/chromium), cold and warm, median and p95,
//     policy site and 5,000 generated pages (default 3 runs of 12 queries; about 10 minutes a run on 2 cores)
// dotnet run -c Release --project tests/PolicySite.Benchmarks -- corpus <pages> <target-dir> [seed]
//     a generated corpus of <pages> chapters (same seed and pages, same bytes) as <target-dir>/policysite/{input,theme}
//     and the same text as a bare Hugo site in <target-dir>/hugo/; for scripts/bench-vs-hugo.sh, never to commit
// dotnet run -c Release --project tests/PolicySite.Benchmarks -- hugo-policy <target-dir>
//     the same pair from the repository's own input/ (chapters, objectives, event)
// dotnet run -c Release --project tests/PolicySite.Benchmarks -- [BenchmarkDotNet arguments]
//     e.g. --filter '*StageBenchmarks*': each stage on its own, policy site and 1,000 generated pages;
//     --filter '*RebuildBenchmarks*': full build against rebuild after an edit
int Number(int index, int fallback) => args.Length > index ? int.Parse(args[index], CultureInfo.InvariantCulture) : fallback;
string Required(int index, string usage) => args.Length > index ? args[index] : throw new ArgumentException($"usage: {usage}");

return args.FirstOrDefault() switch
{
    "e2e" => await EndToEndRunner.RunAsync(Number(1, 50), TimeSpan.FromMilliseconds(Number(2, 100))),
    "rebuild" => PairedRebuildRunner.Run(Number(1, 40)),
    "rebuild-generated" => PairedRebuildRunner.RunGenerated(Number(1, 5_000), Number(2, 3)),
    "stages" => StageRunner.Run(Number(1, 60), args.Length > 2 ? args[2] : null),
    "allocations" => AllocationRunner.Run(args.Length > 1 ? args[1] : null, Number(2, 40)),
    "load" => LoadRunner.Run(Required(1, "load <site-root> [iterations]"), Number(2, 20)),
    "write" => WriteRunner.Run(Number(2, 20), Required(1, "write <built-output> [iterations]")),
    "corpus" => CorpusRunner.Generate(Number(1, 1_000), Required(2, "corpus <pages> <target-dir> [seed]"), Number(3, CorpusRunner.DefaultSeed)),
    "hugo-policy" => CorpusRunner.ConvertPolicySite(Required(1, "hugo-policy <target-dir>")),
    "search" => PolicySite.Benchmarks.Search.SearchIndexReport.Run(Number(1, 5)),
    "search-stage" => PolicySite.Benchmarks.Search.SearchIndexStageRunner.Run(Number(1, 5), args.Length > 2 ? args[2] : null),
    "search-browser" => await PolicySite.Benchmarks.Search.SearchBrowserRunner.RunAsync(Number(1, 3)),
    _ => Run(),
};

int Run()
{
    BenchmarkSwitcher.FromAssembly(typeof(RebuildBenchmarks).Assembly).Run(args);
    return 0;
}
