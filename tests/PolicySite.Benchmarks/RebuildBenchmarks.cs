using BenchmarkDotNet.Attributes;
using PolicySite.Pipeline;

namespace PolicySite.Benchmarks;

/// <summary>
/// A full build of the policy site against the preview's rebuild after a one-paragraph edit of a
/// chapter (in memory, nothing written): what the cached Load stage saves.
/// </summary>
[MemoryDiagnoser]
public class RebuildBenchmarks
{
    private BenchmarkSite _site = null!;
    private IncrementalBuilder _incremental = null!;
    private int _edit;

    [GlobalSetup]
    public void Setup()
    {
        _site = BenchmarkSite.CopyOfRepository();
        _incremental = new IncrementalBuilder(_site.Options());
        if (!_incremental.Build().Succeeded)
        {
            throw new InvalidOperationException("the policy site does not build");
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _site.Dispose();

    [Benchmark(Baseline = true, Description = "full build (SiteBuilder, no write)")]
    public BuildResult FullBuild() => new SiteBuilder().Build(_site.Options(), write: false);

    [IterationSetup(Target = nameof(RebuildAfterParagraphEdit))]
    public void EditParagraph() => _site.EditParagraph((++_edit).ToString(System.Globalization.CultureInfo.InvariantCulture));

    [Benchmark(Description = "rebuild after a one-paragraph edit (IncrementalBuilder)")]
    public IncrementalBuildResult RebuildAfterParagraphEdit() => _incremental.Build();
}
