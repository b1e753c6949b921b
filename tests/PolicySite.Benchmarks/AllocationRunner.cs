using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using PolicySite.Pipeline;

namespace PolicySite.Benchmarks;

/// <summary>
/// What a whole build allocates, by type: the runtime's allocation ticks (one event about every
/// 100 KB allocated, naming the type whose allocation crossed the mark) summed per type. A sample,
/// not a count, but a type that takes 5% of the ticks takes about 5% of the bytes; it shows where
/// the collector's work comes from without a profiler. Also prints the generations' sizes after
/// each collection of that build.
/// </summary>
internal static class AllocationRunner
{
    public static int Run(string? siteRoot, int top)
    {
        using var site = BenchmarkSite.CopyOfRepository();
        var options = siteRoot is null ? site.Options() : site.Options() with
        {
            InputDirectory = Path.Combine(siteRoot, "input"),
            ThemeDirectory = Path.Combine(siteRoot, "theme"),
        };
        // One build to load and JIT everything, so the sampled one allocates what a build allocates.
        // Both write their output, as `policysite build` does: a check (write: false) keeps every
        // page's bytes in memory, which a build places in its staging folder as they come.
        new SiteBuilder().Build(options);

        using var listener = new AllocationTickListener();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        new SiteBuilder().Build(options);
        var total = GC.GetTotalAllocatedBytes(precise: true) - before;
        listener.Dispose();

        var sampled = listener.BytesByType.Values.Sum();
        Console.WriteLine($"{siteRoot ?? "policy site"}: one build allocated {total / 1048576.0:0.0} MiB; {sampled / 1048576.0:0.0} MiB sampled");
        foreach (var line in listener.Collections)
        {
            Console.WriteLine(line);
        }
        Console.WriteLine($"{"share",6}  {"~MiB",8}  type");
        foreach (var (type, bytes) in listener.BytesByType.OrderByDescending(pair => pair.Value).Take(top))
        {
            Console.WriteLine($"{100.0 * bytes / sampled,5:0.0}%  {bytes / 1048576.0,8:0.0}  {type}");
        }
        return 0;
    }

    private sealed class AllocationTickListener : EventListener
    {
        private const EventKeywords GcKeyword = (EventKeywords)0x1;
        private const int AllocationTickEventId = 10;

        public ConcurrentDictionary<string, long> BytesByType { get; } = new();

        private int _depth;

        /// <summary>One line per collection: the generations' sizes after it (the runtime's heap statistics).</summary>
        public ConcurrentQueue<string> Collections { get; } = new();

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Verbose, GcKeyword);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs data)
        {
            if (data.Payload is null)
            {
                return;
            }
            switch (data.EventName)
            {
                case "GCStart_V2":
                    _depth = Convert.ToInt32(data.Payload[data.PayloadNames!.IndexOf("Depth")]);
                    return;
                case "GCHeapStats_V2":
                    var payload = data.Payload;
                    var names = data.PayloadNames!;
                    double MiB(string name) => Convert.ToUInt64(payload[names.IndexOf(name)]) / 1048576.0;
                    Collections.Enqueue($"gen{_depth} collection: after it gen0 {MiB("GenerationSize0"):0}, gen1 {MiB("GenerationSize1"):0}, "
                        + $"gen2 {MiB("GenerationSize2"):0}, large objects {MiB("GenerationSize3"):0} MiB; promoted {MiB("TotalPromotedSize0"):0} from gen0, {MiB("TotalPromotedSize1"):0} from gen1");
                    return;
            }
            if (data.EventId != AllocationTickEventId)
            {
                return;
            }
            var type = data.PayloadNames!.IndexOf("TypeName") is var t and >= 0 ? data.Payload[t] as string : null;
            var amount = data.PayloadNames.IndexOf("AllocationAmount64") is var a and >= 0 ? Convert.ToInt64(data.Payload[a]) : 0;
            var large = data.PayloadNames.IndexOf("AllocationKind") is var k and >= 0 && Convert.ToInt32(data.Payload[k]) == 1;
            BytesByType.AddOrUpdate((large ? "(large) " : "") + (type ?? "?"), amount, (_, sum) => sum + amount);
        }
    }
}
