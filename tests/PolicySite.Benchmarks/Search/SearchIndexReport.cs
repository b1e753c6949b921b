using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using PolicySite.Emit;
using PolicySite.Search;

namespace PolicySite.Benchmarks.Search;

/// <summary>
/// What the search index costs: its size in bytes, raw and gzipped, against the size of the
/// site's text and HTML, and the time to build it (median of several builds after a warm-up),
/// for the policy site and for a generated site of 5,000 pages.
/// </summary>
public static class SearchIndexReport
{
    public static int Run(int iterations = 5, int generatedPages = 5_000)
    {
        var repository = FindRepository();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Search index; median of {iterations} builds after a warm-up; {Environment.ProcessorCount} cores"));
        Report("policy site", RenderedSite.From(Path.Combine(repository, "input"), Path.Combine(repository, "theme")), iterations);
        using var generated = GeneratedSite.Create(repository, generatedPages);
        Report(string.Create(CultureInfo.InvariantCulture, $"generated, {generatedPages:N0} pages"), RenderedSite.From(generated.Input, generated.Theme), iterations);
        return 0;
    }

    private static void Report(string name, RenderedSite site, int iterations)
    {
        var emitter = new SearchIndexEmitter();
        var files = emitter.Emit(site.Context).ToList();
        var times = new List<double>();
        for (var i = 0; i < iterations; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            _ = emitter.Emit(site.Context).ToList();
            times.Add(stopwatch.Elapsed.TotalMilliseconds);
        }
        times.Sort();

        var manifest = files.Single(f => f.Path == SearchIndexEmitter.ManifestPath);
        var terms = files.Where(f => f.Path.StartsWith("search/terms-", StringComparison.Ordinal)).ToList();
        var docs = files.Where(f => f.Path.StartsWith("search/docs-", StringComparison.Ordinal)).ToList();
        var text = docs.Sum(d => JsonDocument.Parse(d.Content).RootElement.GetProperty("records").EnumerateArray()
            .Sum(r => Encoding.UTF8.GetByteCount(r.GetProperty("x").GetString()!)));
        var sections = JsonDocument.Parse(manifest.Content).RootElement.GetProperty("records").GetInt32();
        var html = site.Context.Pages.Sum(p => (long)p.Content.Length);

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {site.Pages:N0} pages, {sections:N0} sections"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  site HTML {Kb(html)}, section text {Kb(text)} (raw)"));
        Line("manifest", [manifest]);
        Line($"terms ({terms.Count} shards)", terms);
        Line($"sections ({docs.Count} shards)", docs);
        Line("whole index", files);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  whole index raw / section text: {(double)files.Sum(f => f.Content.Length) / text:0.00}×; largest term shard {Kb(terms.Max(t => t.Content.Length))}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  build time: median {times[times.Count / 2]:0.0} ms, min {times[0]:0.0} ms, max {times[^1]:0.0} ms"));
    }

    private static void Line(string what, IReadOnlyCollection<OutputFile> files)
    {
        var raw = files.Sum(f => (long)f.Content.Length);
        var gzip = files.Sum(f => Gzip(f.Content));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what,-24} raw {Kb(raw),10}  gzip {Kb(gzip),10}"));
    }

    private static long Gzip(byte[] content)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            gzip.Write(content);
        }
        return buffer.Length;
    }

    private static string Kb(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:N1} KiB");

    internal static string FindRepository()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "PolicySite.sln")))
                {
                    return directory.FullName;
                }
            }
        }
        throw new InvalidOperationException("PolicySite.sln not found above the working folder or the benchmark");
    }
}
