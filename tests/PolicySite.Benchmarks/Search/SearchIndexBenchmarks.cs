using BenchmarkDotNet.Attributes;
using PolicySite.Emit;
using PolicySite.Search;

namespace PolicySite.Benchmarks.Search;

/// <summary>
/// Building the search index (reading the rendered pages, cutting them into sections, scoring,
/// writing the shards) for the policy site and for a generated site of 5,000 pages.
/// <c>dotnet run -c Release --project tests/PolicySite.Benchmarks -- --filter '*SearchIndexBenchmarks*'</c>;
/// sizes are reported by <see cref="SearchIndexReport"/>.
/// </summary>
[MemoryDiagnoser]
public class SearchIndexBenchmarks
{
    private GeneratedSite? _generated;
    private RenderedSite _site = null!;

    [Params("policy site", "5,000 pages")]
    public string Site { get; set; } = "policy site";

    [GlobalSetup]
    public void Setup()
    {
        var repository = SearchIndexReport.FindRepository();
        if (Site == "policy site")
        {
            _site = RenderedSite.From(Path.Combine(repository, "input"), Path.Combine(repository, "theme"));
        }
        else
        {
            _generated = GeneratedSite.Create(repository, 5_000);
            _site = RenderedSite.From(_generated.Input, _generated.Theme);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _generated?.Dispose();

    [Benchmark(Description = "build the search index")]
    public int BuildIndex() => new SearchIndexEmitter().Emit(_site.Context).Sum(f => f.Content.Length);
}
