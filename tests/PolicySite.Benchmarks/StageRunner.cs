using System.Diagnostics;
using System.Globalization;
using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Emit;
using PolicySite.Linking;
using PolicySite.Markdown;
using PolicySite.Output;
using PolicySite.Templates;
using PolicySite.Validation;

namespace PolicySite.Benchmarks;

/// <summary>
/// Where a build of the policy site spends its time, stage by stage (median and p95 after warm-up):
/// the measurement that decides what the preview's rebuild caches. First the stages run one by one
/// by the runner itself, holding each stage's product, with the parts of Inspect and Emit; then a
/// real build (SiteBuilder, writing), timed by the stages it reports (<see cref="PolicySite.Pipeline.BuildStage"/>).
/// </summary>
internal static class StageRunner
{
    /// <param name="siteRoot">A folder with <c>input/</c> and <c>theme/</c> (a generated corpus); null for the repository's site.</param>
    public static int Run(int iterations, string? siteRoot = null)
    {
        using var site = BenchmarkSite.CopyOfRepository();
        var options = siteRoot is null ? site.Options() : site.Options() with
        {
            InputDirectory = Path.Combine(siteRoot, "input"),
            ThemeDirectory = Path.Combine(siteRoot, "theme"),
        };
        // Ten warm-up builds on the small site; on a big corpus one is enough to JIT everything.
        var warmUp = siteRoot is null ? 10 : 1;
        var times = new Dictionary<string, List<double>>();
        var cpu = new Dictionary<string, List<double>>();
        // The garbage collector's pauses stop every thread: on a large site they are a large part of the wall time.
        var pauses = new Dictionary<string, List<double>>();
        // What the stage allocates, on every thread: the collector's work grows with it.
        var allocated = new Dictionary<string, List<double>>();
        var live = new List<string>();
        var i = 0;
        var process = Process.GetCurrentProcess();

        void Time(string stage, Action action)
        {
            var before = Snapshot(process);
            action();
            Record(stage, before, Snapshot(process));
            if (i == 0 && !stage.StartsWith(' '))
            {
                // What the stage leaves alive (a full collection first): where a big build's memory goes.
                // Measured in the first build, when nothing of an earlier build can still be referenced.
                live.Add($"{stage,-36} {GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0,8:0.0} MiB live after it");
            }
        }

        // The figures between two moments: of a stage the runner runs, or of a build that reports its own stages.
        void Record(string stage, Counters from, Counters to)
        {
            Add(times, stage, Stopwatch.GetElapsedTime(from.Timestamp, to.Timestamp).TotalMilliseconds);
            Add(cpu, stage, (to.Cpu - from.Cpu).TotalMilliseconds);
            Add(pauses, stage, (to.Paused - from.Paused).TotalMilliseconds);
            Add(allocated, stage, (to.Allocated - from.Allocated) / 1024.0 / 1024.0);
        }

        static void Add(Dictionary<string, List<double>> into, string stage, double value)
        {
            if (!into.TryGetValue(stage, out var list))
            {
                into[stage] = list = [];
            }
            list.Add(value);
        }

        for (; i < iterations + warmUp; i++)
        {
            var diagnostics = new DiagnosticBag();
            LoadedSite? content = null;
            Theme? theme = null;
            IReadOnlyList<ParsedPage>? parsed = null;
            LinkedSite? linked = null;
            IReadOnlyList<RenderedPage>? pages = null;
            IReadOnlyList<OutputFile>? files = null;
            PolicySite.Inspect.SiteFacts? facts = null;

            Time("load content", () => content = new LoadContent().Run(options.InputDirectory, diagnostics));
            Time("load theme", () => theme = new LoadTheme().Run(options.ThemeDirectory, diagnostics));
            Time("parse", () => parsed = new ParseMarkdown().Run(content!.Documents, diagnostics));
            var urls = new SiteUrls(content!.Config.BaseUrl);
            var ui = new UiStrings(theme!, content.Config.Language, diagnostics);
            Time("link", () => linked = new LinkPages().Run(content, parsed!, new LinkContext(urls, ui.Get), diagnostics));
            // As SiteBuilder does it: each page is inspected on its rendering thread as it comes out.
            Time("render and inspect", () =>
            {
                var inspector = new PolicySite.Inspect.InspectPages().Start(linked!, urls, ui.Get);
                pages = new RenderPages().Run(linked!, theme!, options, diagnostics, new PolicySite.Inspect.InspectingRenderHook(inspector));
                facts = inspector.Finish();
            });
            // Inspect again on its own (the pages the render stage kept): its share of the stage above.
            Time("  of which inspect", () => new PolicySite.Inspect.InspectPages().Run(pages!, linked!, urls, ui.Get));
            // Its parts, one after another over every page: reading the HTML, then each reader of the tree.
            // Every page's tree is held at once here (the build holds one per thread), so these rows'
            // GC pauses are larger than the build's; their allocation is the build's.
            var trees = new PolicySite.Html.HtmlTree[pages!.Count];
            Time("    of which reading the HTML", () => Parallel.For(0, trees.Length, p => trees[p] = PolicySite.Html.HtmlTreeReader.Read(pages![p].Html)));
            Time("    of which robots meta", () => Parallel.For(0, trees.Length, p => PolicySite.Publishing.RobotsMeta.IsNoIndex(trees[p])));
            Time("    of which ids and links", () => Parallel.For(0, trees.Length, p => PageLinks.From(trees[p])));
            var searchable = PolicySite.Search.SearchablePage.All(linked!, urls, ui.Get, PolicySite.Search.SearchIndexOptions.Default).ToDictionary(s => s.OutputPath);
            var extract = new PolicySite.Search.ExtractSections(PolicySite.Search.SearchIndexOptions.Default);
            Time("    of which search sections", () => Parallel.For(0, trees.Length, p =>
            {
                if (searchable.TryGetValue(pages![p].OutputPath, out var target))
                {
                    extract.Extract(trees[p], target, ui.Get);
                }
            }));
            Array.Clear(trees);
            Time("emit", () => files = new EmitSite().Run(new EmitContext(linked!, urls, options.Now, pages!) { Ui = ui.Get, Facts = facts! }, theme!));
            var context = new EmitContext(linked!, urls, options.Now, pages!) { Ui = ui.Get, Facts = facts! };
            foreach (var emitter in EmitSite.DefaultEmitters)
            {
                Time($"  of which {emitter.GetType().Name}", () => emitter.Emit(context).ToList());
            }
            Time("validate links", () => new ValidateLinks().Run(files!, facts!.LinksOf, urls, diagnostics));
            // A first build writes every file; a rebuild of the same input finds them all unchanged in the previous output.
            if (Directory.Exists(options.OutputDirectory))
            {
                Directory.Delete(options.OutputDirectory, recursive: true);
            }
            Time("write (atomic), empty output", () => new AtomicOutputWriter().Run(files!, options.OutputDirectory, diagnostics));
            Time("write (atomic), same output again", () => new AtomicOutputWriter().Run(files!, options.OutputDirectory, diagnostics));
            // A real build, stage by stage as SiteBuilder reports them: one-off, writing, with its
            // unloading, pacing and streaming, where the rows above hold every stage's product.
            var buildOutput = Path.Combine(site.Root, "build-output");
            if (Directory.Exists(buildOutput))
            {
                Directory.Delete(buildOutput, recursive: true);
            }
            var mark = Snapshot(process);
            var builder = new PolicySite.Pipeline.SiteBuilder
            {
                StageDone = stage =>
                {
                    var now = Snapshot(process);
                    Record($"build: {stage}", mark, now);
                    mark = now;
                },
            };
            var start = Snapshot(process);
            var built = builder.Build(options with { OutputDirectory = buildOutput });
            Record("build: whole (SiteBuilder, writing)", start, Snapshot(process));
            if (!built.Succeeded)
            {
                Console.Error.WriteLine(string.Join("\n", built.Diagnostics));
                return 1;
            }
            if (diagnostics.HasErrors)
            {
                Console.Error.WriteLine(string.Join("\n", diagnostics.Sorted()));
                return 1;
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{siteRoot ?? "Policy site"}, {iterations} builds after {warmUp} warm-up builds; {Environment.ProcessorCount} cores"));
        Console.WriteLine("stage                                wall median      p95   CPU median  GC paused   allocated");
        foreach (var (stage, samples) in times)
        {
            var sorted = samples.Skip(warmUp).Order().ToList();
            var cpuSorted = cpu[stage].Skip(warmUp).Order().ToList();
            var pauseSorted = pauses[stage].Skip(warmUp).Order().ToList();
            var allocatedSorted = allocated[stage].Skip(warmUp).Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{stage,-36} {sorted[sorted.Count / 2],8:0.0} ms {sorted[(int)Math.Ceiling(0.95 * sorted.Count) - 1],7:0.0} ms {cpuSorted[cpuSorted.Count / 2],7:0.0} ms {pauseSorted[pauseSorted.Count / 2],7:0.0} ms {allocatedSorted[allocatedSorted.Count / 2],7:0.0} MiB"));
        }
        Console.WriteLine();
        Console.WriteLine(string.Join(Environment.NewLine, live));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"GC over the whole run: {GC.GetTotalPauseDuration().TotalMilliseconds:0} ms paused; collections gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}"));
        return 0;
    }

    private static Counters Snapshot(Process process)
    {
        process.Refresh();
        return new Counters(Stopwatch.GetTimestamp(), process.TotalProcessorTime, GC.GetTotalPauseDuration(), GC.GetTotalAllocatedBytes(precise: true));
    }

    /// <summary>The process's clocks and the collector's counters at one moment.</summary>
    private readonly record struct Counters(long Timestamp, TimeSpan Cpu, TimeSpan Paused, long Allocated);
}
