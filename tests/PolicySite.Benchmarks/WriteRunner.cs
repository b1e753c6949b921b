using System.Diagnostics;
using System.Globalization;
using PolicySite.Diagnostics;
using PolicySite.Emit;
using PolicySite.Output;

namespace PolicySite.Benchmarks;

/// <summary>
/// The Write stage alone, on the files of an already built site: a first build into an empty
/// output folder, a rebuild of the same files over the previous output, and the worst case for a
/// rebuild, every file changed in its last byte only (same length, so each is read whole before it
/// is written), interleaved, so that the three see the same load from whatever else runs on the machine. Far quicker than a
/// whole build per sample, so there are enough samples to compare CPU time on a busy machine.
/// </summary>
internal static class WriteRunner
{
    public static int Run(int iterations, string builtOutput)
    {
        var files = Directory.EnumerateFiles(builtOutput, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new OutputFile(Path.GetRelativePath(builtOutput, path).Replace('\\', '/'), File.ReadAllBytes(path)))
            .ToList();
        var changed = files.Select(f => f with { Content = LastByteChanged(f.Content) }).ToList();
        var root = Path.Combine(Path.GetTempPath(), "policysite-bench", Guid.NewGuid().ToString("N"));
        var output = Path.Combine(root, "output");
        var process = Process.GetCurrentProcess();
        var first = (Wall: new List<double>(), Cpu: new List<double>());
        var again = (Wall: new List<double>(), Cpu: new List<double>());
        var allChanged = (Wall: new List<double>(), Cpu: new List<double>());

        void Time(IReadOnlyList<OutputFile> batch, (List<double> Wall, List<double> Cpu) into, bool record)
        {
            var diagnostics = new DiagnosticBag();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            var stopwatch = Stopwatch.StartNew();
            var written = new AtomicOutputWriter().Run(batch, output, diagnostics);
            var wall = stopwatch.Elapsed.TotalMilliseconds;
            process.Refresh();
            if (!written)
            {
                throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()));
            }
            if (record)
            {
                into.Wall.Add(wall);
                into.Cpu.Add((process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            }
        }

        try
        {
            // One warm-up round JITs the writer.
            for (var i = 0; i <= iterations; i++)
            {
                if (Directory.Exists(output))
                {
                    Directory.Delete(output, recursive: true);
                }
                Time(files, first, record: i > 0);
                Time(files, again, record: i > 0);
                Time(changed, allChanged, record: i > 0);
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }

        static double Median(List<double> samples) => samples.Order().ElementAt(samples.Count / 2);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{files.Count} files, {files.Sum(f => (long)f.Content.Length) / 1024.0 / 1024.0:0.0} MiB, {iterations} rounds; {Environment.ProcessorCount} cores"));
        Console.WriteLine("write                              wall median   CPU median");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"into an empty output folder",-34} {Median(first.Wall),8:0.0} ms {Median(first.Cpu),8:0.0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"the same files over it again",-34} {Median(again.Wall),8:0.0} ms {Median(again.Cpu),8:0.0} ms"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{"every file's last byte changed",-34} {Median(allChanged.Wall),8:0.0} ms {Median(allChanged.Cpu),8:0.0} ms"));
        return 0;
    }

    private static byte[] LastByteChanged(byte[] content)
    {
        var copy = (byte[])content.Clone();
        if (copy.Length > 0)
        {
            copy[^1] ^= 1;
        }
        return copy;
    }
}
