using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using PolicySite.Emit;
using PolicySite.Inspect;
using PolicySite.Search;
using PolicySite.Templates;

namespace PolicySite.Benchmarks.Search;

/// <summary>
/// The search index stage taken apart: scoring (<see cref="SearchIndexBuilder"/>) and writing
/// the shards (<see cref="SearchIndexWriter"/>), each with its CPU time, wall time and bytes
/// allocated, and what the index and its files keep alive. The site is built up to Inspect once;
/// only the two steps repeat. The first round is reported apart: it is what a build in a fresh
/// process pays, compilation (JIT) included. On a machine where other work runs, CPU time is the
/// figure to compare.
/// </summary>
internal static class SearchIndexStageRunner
{
    /// <param name="siteRoot">A folder with <c>input/</c> and <c>theme/</c> (a generated corpus); null for the repository's site.</param>
    public static int Run(int iterations, string? siteRoot = null)
    {
        var root = siteRoot ?? SearchIndexReport.FindRepository();
        var input = Path.Combine(root, "input");
        var theme = Path.Combine(root, "theme");
        var (context, sections) = Inspected(input, theme);

        var build = new Samples();
        var write = new Samples();
        var live = (Index: 0L, Files: 0L);
        for (var i = 0; i <= iterations; i++)
        {
            live = Round(context, sections, build, write);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{siteRoot ?? "Policy site"}: {sections.Count:N0} sections; a first round, then {iterations} more; {Environment.ProcessorCount} cores"));
        Console.WriteLine("step                     first: CPU  allocated   then: CPU median    CPU min   wall median   allocated   last round: collections gen 0/1/2, GC pauses");
        build.Print("SearchIndexBuilder.Build");
        write.Print("SearchIndexWriter.Write");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"live: the index {live.Index / 1048576.0:0.0} MiB, its files {live.Files / 1048576.0:0.0} MiB more"));
        return 0;
    }

    /// <summary>One build and write; what the index and its files keep alive. Not inlined, so that nothing of a round outlives it.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (long Index, long Files) Round(EmitContext context, IReadOnlyList<SearchRecord> sections, Samples build, Samples write)
    {
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        SearchIndex? index = null;
        IReadOnlyList<OutputFile>? files = null;
        build.Time(() => index = SearchIndexBuilder.Build(sections));
        var withIndex = GC.GetTotalMemory(forceFullCollection: true);
        write.Time(() => files = SearchIndexWriter.Write(index!, context.Urls, context.Site.Config.Language, SearchIndexOptions.Default));
        var withFiles = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(index);
        GC.KeepAlive(files);
        return (withIndex - baseline, withFiles - withIndex);
    }

    private static (EmitContext Context, IReadOnlyList<SearchRecord> Sections) Inspected(string input, string theme)
    {
        var context = RenderedSite.From(input, theme).Context;
        var facts = new InspectPages().Run(context.Pages, context.Site, context.Urls, context.Ui!);
        return (context with { Facts = facts }, facts.SearchSections);
    }

    /// <summary>CPU time (all threads of the process), wall time and allocations of each round of one step.</summary>
    private sealed class Samples
    {
        private readonly List<double> _cpu = [];
        private readonly List<double> _wall = [];
        private readonly List<long> _allocated = [];
        private readonly List<(int Gen0, int Gen1, int Gen2, double PauseMs)> _collections = [];

        public void Time(Action step)
        {
            var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());
            var process = Process.GetCurrentProcess();
            var cpuBefore = process.TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var stopwatch = Stopwatch.StartNew();
            step();
            var wall = stopwatch.Elapsed.TotalMilliseconds;
            var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
            process.Refresh();
            _cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            _wall.Add(wall);
            _allocated.Add(allocated);
            _collections.Add((GC.CollectionCount(0) - collections.Item1, GC.CollectionCount(1) - collections.Item2,
                GC.CollectionCount(2) - collections.Item3, (GC.GetTotalPauseDuration() - collections.Item4).TotalMilliseconds));
        }

        public void Print(string step)
        {
            var cpu = _cpu.Skip(1).Order().ToList();
            var wall = _wall.Skip(1).Order().ToList();
            var allocated = _allocated.Skip(1).Order().ToList();
            var (gen0, gen1, gen2, pause) = _collections[^1];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{step,-24} {_cpu[0],8:0} ms {_allocated[0] / 1048576.0,6:0.0} MiB {cpu[cpu.Count / 2],14:0} ms {cpu[0],7:0} ms {wall[wall.Count / 2],9:0} ms {allocated[allocated.Count / 2] / 1048576.0,7:0.0} MiB   {gen0}/{gen1}/{gen2}, {pause:0} ms"));
        }
    }
}
