using System.Diagnostics;
using System.Globalization;
using PolicySite.Content;
using PolicySite.Diagnostics;

namespace PolicySite.Benchmarks;

/// <summary>
/// The Load stage's content half alone (<see cref="LoadContent"/>: site.yml, every Markdown file
/// with its front matter, the data files), many times over, so that CPU time can be compared on a
/// busy machine and a profiler sees little else. What it allocates is the steadier figure: on a
/// busy machine CPU time varies by half from one load to the next.
/// </summary>
internal static class LoadRunner
{
    public static int Run(string siteRoot, int iterations)
    {
        var input = Path.Combine(siteRoot, "input");
        var process = Process.GetCurrentProcess();
        var wall = new List<double>();
        var cpu = new List<double>();
        var allocated = new List<double>();
        var documents = 0;
        // One warm-up load JITs the loader and YamlDotNet's deserializers.
        for (var i = 0; i <= iterations; i++)
        {
            var diagnostics = new DiagnosticBag();
            // A build loads into a fresh process: the previous load's documents must not be collected on this one's time.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var stopwatch = Stopwatch.StartNew();
            var site = new LoadContent().Run(input, diagnostics);
            var elapsed = stopwatch.Elapsed.TotalMilliseconds;
            process.Refresh();
            if (site is null || diagnostics.HasErrors)
            {
                Console.Error.WriteLine(string.Join("\n", diagnostics.Sorted()));
                return 1;
            }
            if (i > 0)
            {
                wall.Add(elapsed);
                cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
                allocated.Add((GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1024.0 / 1024.0);
            }
            documents = site.Documents.Count;
        }

        static double Median(List<double> samples) => samples.Order().ElementAt(samples.Count / 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"load content, {documents} documents, {iterations} loads; {Environment.ProcessorCount} cores: wall median {Median(wall):0.0} ms, CPU median {Median(cpu):0.0} ms, CPU min {cpu.Min():0.0} ms, allocated {Median(allocated):0.0} MiB"));
        return 0;
    }
}
