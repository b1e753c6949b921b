using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using PolicySite.Cli.Internal.Preview;
using PolicySite.Pipeline;

namespace PolicySite.Benchmarks;

/// <summary>
/// "Save a one-paragraph edit of a chapter → the rebuilt page is served", measured end to end
/// with a Stopwatch against a real preview server on 127.0.0.1: from the moment the file is
/// written until the page fetched after the reload event shows the edit. Also reports the
/// server's own part (rebuild start → new build served) and a full build beside it.
/// </summary>
internal static class EndToEndRunner
{
    public static async Task<int> RunAsync(int iterations, TimeSpan quietWindow)
    {
        using var site = BenchmarkSite.CopyOfRepository();

        var full = new List<double>();
        for (var i = 0; i < Math.Max(5, iterations / 4); i++)
        {
            var stopwatch = Stopwatch.StartNew();
            var result = new SiteBuilder().Build(site.Options(), write: false);
            full.Add(stopwatch.Elapsed.TotalMilliseconds);
            if (!result.Succeeded)
            {
                Console.Error.WriteLine("the policy site does not build:\n" + string.Join("\n", result.Diagnostics));
                return 1;
            }
        }

        var options = new PreviewOptions
        {
            Build = site.Options(),
            Address = IPAddress.Loopback,
            Port = 0,
            QuietWindow = quietWindow,
            WorkingDirectory = site.Root,
        };
        var terminal = new StringWriter();
        await using var server = await PreviewServer.StartAsync(options, new PreviewLog(TextWriter.Synchronized(terminal)), CancellationToken.None);
        var serverSide = new List<double>();
        var rebuilt = new SemaphoreSlim(0);
        server.Rebuilt += report =>
        {
            lock (serverSide)
            {
                serverSide.Add(report.Elapsed.TotalMilliseconds);
            }
            rebuilt.Release();
        };

        using var http = new HttpClient { BaseAddress = server.Url, Timeout = TimeSpan.FromSeconds(30) };
        using var events = new StreamReader(await (await http.GetAsync("__policysite/events", HttpCompletionOption.ResponseHeadersRead)).Content.ReadAsStreamAsync());
        await NextEvent(events, "hello");

        var endToEnd = new List<double>();
        for (var i = 0; i < iterations; i++)
        {
            var marker = "run" + i.ToString(CultureInfo.InvariantCulture);
            var stopwatch = Stopwatch.StartNew();
            site.EditParagraph(marker);
            await NextEvent(events, "reload");
            var page = await http.GetStringAsync(BenchmarkSite.ChapterUrl);
            var elapsed = stopwatch.Elapsed.TotalMilliseconds;
            if (!page.Contains($"Edit mark {marker}.", StringComparison.Ordinal))
            {
                Console.Error.WriteLine($"iteration {i}: the served page does not show the edit");
                return 1;
            }
            endToEnd.Add(elapsed);
            // The output folder is written after the pages are told; let that finish before the next save.
            if (!await rebuilt.WaitAsync(TimeSpan.FromSeconds(30)))
            {
                Console.Error.WriteLine($"iteration {i}: the rebuild did not finish");
                return 1;
            }
            while (rebuilt.CurrentCount > 0)
            {
                await rebuilt.WaitAsync();
            }
            await Task.Delay(50);
        }

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"Policy site, {server.Current.Source.Count} files; {iterations} one-paragraph edits of {Path.GetFileName(site.Chapter)}; quiet window {quietWindow.TotalMilliseconds:0} ms; {Environment.ProcessorCount} cores");
        report.AppendLine("measure                                         median      p95");
        report.AppendLine(Row("full build (SiteBuilder, in memory)", full));
        report.AppendLine(Row("rebuild → new build served (server side)", serverSide.Skip(1).ToList()));
        report.AppendLine(Row("save → reload event → page fetched (end to end)", endToEnd.Skip(1).ToList()));
        Console.Write(report.ToString());
        return 0;
    }

    private static string Row(string name, IReadOnlyList<double> samples) =>
        string.Create(CultureInfo.InvariantCulture, $"{name,-46} {Percentile(samples, 0.5),7:0.0} ms {Percentile(samples, 0.95),7:0.0} ms");

    private static double Percentile(IReadOnlyList<double> samples, double p)
    {
        var sorted = samples.Order().ToList();
        if (sorted.Count == 0)
        {
            return double.NaN;
        }
        var index = (int)Math.Ceiling(p * sorted.Count) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Count - 1)];
    }

    private static async Task NextEvent(StreamReader events, string name)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (await events.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line == "event: " + name)
            {
                return;
            }
        }
        throw new EndOfStreamException("the event stream ended");
    }
}
