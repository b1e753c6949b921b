using System.Diagnostics;
using System.Globalization;
using PolicySite.Pipeline;

namespace PolicySite.Benchmarks;

/// <summary>
/// Full build against the preview's rebuild, interleaved (edit, rebuild, full build, repeat) so
/// that both see the same machine: on a shared machine that is the fair comparison.
/// </summary>
internal static class PairedRebuildRunner
{
    public static int Run(int iterations)
    {
        using var site = BenchmarkSite.CopyOfRepository();
        return Run(iterations, site.Options(), site.EditParagraph, $"Policy site; {iterations} one-paragraph edits of {Path.GetFileName(site.Chapter)}");
    }

    /// <summary>The same on a generated site of <paramref name="pages"/> event pages (the search benchmarks' corpus), editing one page.</summary>
    public static int RunGenerated(int pages, int iterations)
    {
        using var site = Search.GeneratedSite.Create(BenchmarkSite.FindRepository(), pages);
        var options = new PolicySite.Configuration.BuildOptions
        {
            InputDirectory = site.Input,
            ThemeDirectory = site.Theme,
            OutputDirectory = Path.Combine(site.Root, "output"),
            Now = BenchmarkSite.Now,
        };
        var page = Path.Combine(site.Input, "events", "e00000.md");
        var original = File.ReadAllText(page);
        return Run(iterations, options, marker => File.WriteAllText(page, original.TrimEnd() + $" Edit mark {marker}.\n"),
            $"Generated site of {pages} event pages; {iterations} one-paragraph edits of one page");
    }

    private static int Run(int iterations, PolicySite.Configuration.BuildOptions options, Action<string> edit, string title)
    {
        var warmUp = Math.Min(5, Math.Max(1, iterations / 4));
        var incremental = new IncrementalBuilder(options);
        var rebuilds = new List<double>();
        var fulls = new List<double>();
        var rebuildCpu = new List<double>();
        var fullCpu = new List<double>();
        var process = Process.GetCurrentProcess();
        double Cpu()
        {
            process.Refresh();
            return process.TotalProcessorTime.TotalMilliseconds;
        }

        for (var i = 0; i < iterations + warmUp; i++)
        {
            edit(i.ToString(CultureInfo.InvariantCulture));

            var cpu = Cpu();
            var stopwatch = Stopwatch.StartNew();
            var rebuilt = incremental.Build();
            var rebuild = stopwatch.Elapsed.TotalMilliseconds;
            var rebuildCpuTime = Cpu() - cpu;

            cpu = Cpu();
            stopwatch.Restart();
            var full = new SiteBuilder().Build(options, write: false);
            var fullTime = stopwatch.Elapsed.TotalMilliseconds;
            var fullCpuTime = Cpu() - cpu;

            if (!rebuilt.Succeeded || !full.Succeeded)
            {
                Console.Error.WriteLine(string.Join("\n", full.Diagnostics));
                return 1;
            }
            if (i >= warmUp)
            {
                rebuilds.Add(rebuild);
                fulls.Add(fullTime);
                rebuildCpu.Add(rebuildCpuTime);
                fullCpu.Add(fullCpuTime);
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{title}, each rebuilt both ways after {warmUp} warm-up round(s); {Environment.ProcessorCount} cores"));
        Console.WriteLine("measure                                         median      p95");
        Console.WriteLine(Row("full build (SiteBuilder, in memory)", fulls));
        Console.WriteLine(Row("preview rebuild (IncrementalBuilder)", rebuilds));
        // On a shared machine wall-clock time mostly measures the neighbours; CPU time (all threads) does not.
        Console.WriteLine(Row("full build, CPU time", fullCpu));
        Console.WriteLine(Row("preview rebuild, CPU time", rebuildCpu));
        return 0;
    }

    internal static string Row(string name, IReadOnlyList<double> samples)
    {
        var sorted = samples.Order().ToList();
        var median = sorted[sorted.Count / 2];
        var p95 = sorted[Math.Clamp((int)Math.Ceiling(0.95 * sorted.Count) - 1, 0, sorted.Count - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"{name,-46} {median,7:0.0} ms {p95,7:0.0} ms");
    }
}
