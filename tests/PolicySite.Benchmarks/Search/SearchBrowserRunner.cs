using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace PolicySite.Benchmarks.Search;

/// <summary>
/// "Time from keystroke to results" in headless Chromium (Debian's, ../shared/BROWSER.md), for
/// the policy site and a generated site of 5,000 pages, each built into a temporary folder and
/// served on 127.0.0.1. Realistic queries are typed into the search page one character at a
/// time, as a reader types them; each keystroke's results are awaited before the next key.
/// Cold is the first keystroke on a freshly loaded page in a new browser context (empty cache:
/// the index is fetched as search.js asks for it); warm is every further keystroke. Times come
/// from the page's own clock (<see cref="KeystrokeProbe"/>), not from Playwright's round trips.
/// </summary>
internal static class SearchBrowserRunner
{
    private const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Without the networking switches Chromium keeps trying to reach hosts that are closed here.</summary>
    private static readonly string[] ChromiumArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary>
    /// Queries of tests/search-queries.json: names, phrases, single words, long queries, a typo and
    /// a quoted phrase. A run of a dozen on both sites takes about ten minutes on two cores.
    /// </summary>
    private static readonly string[] Queries =
    [
        "human rights defenders", "Ukraine tribunal", "Safety for Voices", "disinformation",
        "democratic backsliding", "media freedom", "International Criminal Court", "feminist foreign policy",
        "climate change and human rights", "journalsts safety", "\"rule of law\" EU", "civil society China Russia Saudi Arabia",
    ];

    private static readonly TimeSpan ResultsTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Between the results of one keystroke and the next key, as a reader reads before typing on.</summary>
    private static readonly TimeSpan BetweenKeys = TimeSpan.FromMilliseconds(50);

    public static async Task<int> RunAsync(int runs, int generatedPages = 5_000)
    {
        if (!File.Exists(ChromiumPath))
        {
            Console.Error.WriteLine($"{ChromiumPath} is missing; install it with: apt-get update && apt-get install -y chromium");
            return 1;
        }
        var repository = SearchIndexReport.FindRepository();
        var queries = CheckedQueries(repository);
        var typingPause = TypingPause(repository);

        Console.WriteLine("Building the policy site and a generated site of " + generatedPages.ToString("N0", CultureInfo.InvariantCulture) + " pages…");
        using var policy = ServedBuild.Create("policy site", Path.Combine(repository, "input"), Path.Combine(repository, "theme"));
        using var source = GeneratedSite.Create(repository, generatedPages);
        using var generated = ServedBuild.Create("generated site", source.Input, source.Theme);
        ServedBuild[] sites = [policy, generated];

        using var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArguments,
        });
        try
        {
            var typed = sites.ToDictionary(s => s, _ => new List<TypedQuery>());
            // The first pages a new browser opens pay for starting its renderer and compiling search.js.
            foreach (var site in sites)
            {
                _ = await TypeAsync(browser, site, queries[0]);
            }
            for (var run = 0; run < runs; run++)
            {
                foreach (var site in sites)
                {
                    foreach (var query in queries)
                    {
                        typed[site].Add(await TypeAsync(browser, site, query));
                    }
                }
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {run + 1} of {runs} done"));
            }
            Console.Write(Report(browser.Version, runs, queries, typingPause, sites, typed));
            return 0;
        }
        finally
        {
            await browser.CloseAsync();
        }
    }

    /// <summary>The queries, each checked to be one of tests/search-queries.json, so that they stay the readers' queries.</summary>
    private static IReadOnlyList<string> CheckedQueries(string repository)
    {
        using var file = JsonDocument.Parse(File.ReadAllText(Path.Combine(repository, "tests", "search-queries.json")));
        var known = file.RootElement.GetProperty("queries").EnumerateArray().Select(q => q.GetProperty("query").GetString()).ToHashSet(StringComparer.Ordinal);
        var missing = Queries.Where(q => !known.Contains(q)).ToList();
        return missing.Count == 0 ? Queries : throw new InvalidOperationException("not in tests/search-queries.json: " + string.Join(", ", missing));
    }

    /// <summary>search.js's debounce, as the report names it: it searches this many milliseconds after the last keystroke.</summary>
    private static string TypingPause(string repository)
    {
        var script = File.ReadAllText(Path.Combine(repository, "theme", "assets", "js", "search.js"));
        var match = Regex.Match(script, @"var TYPING_PAUSE = (\d+);");
        return match.Success ? match.Groups[1].Value : "(unknown: TYPING_PAUSE not found)";
    }

    /// <summary>Opens the search page afresh, clicks the box and types the query; one timing per keystroke, the first one cold.</summary>
    private static async Task<TypedQuery> TypeAsync(IBrowser browser, ServedBuild site, string query)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
            ReducedMotion = ReducedMotion.Reduce,
        });
        try
        {
            await context.AddInitScriptAsync(KeystrokeProbe.Script);
            var page = await context.NewPageAsync();
            // Playwright raises page events on its own thread.
            var problems = new ConcurrentQueue<string>();
            page.PageError += (_, error) => problems.Enqueue("uncaught error: " + error);
            page.Console += (_, message) =>
            {
                // No icon is named in the head, so the browser's own request for /favicon.ico 404s.
                if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
                {
                    problems.Enqueue("console error: " + message.Text);
                }
            };
            await page.GotoAsync(site.Url("search/"), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
            var failure = await page.Locator("[data-search-page]").GetAttributeAsync("data-text-error");

            // Focusing the box starts the manifest's fetch; the first key follows at once, so the
            // cold keystroke waits for all of the index it needs.
            await page.Locator("#search-page-input").ClickAsync();
            var timings = new List<KeystrokeTiming>();
            var typed = new StringBuilder();
            var characters = StringInfo.GetTextElementEnumerator(query);
            while (characters.MoveNext())
            {
                var character = characters.GetTextElement();
                typed.Append(character);
                await page.Keyboard.TypeAsync(character);
                var timing = await KeystrokeProbe.NextAsync(page, typed.ToString(), ResultsTimeout);
                if (timing.Status == failure)
                {
                    throw new InvalidOperationException($"{site.Name}: search failed after typing \"{typed}\"");
                }
                timings.Add(timing);
                await Task.Delay(BetweenKeys);
            }
            if (!problems.IsEmpty)
            {
                throw new InvalidOperationException($"{site.Name}, \"{query}\":\n" + string.Join("\n", problems));
            }
            return new TypedQuery(query, timings);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static string Report(string chromium, int runs, IReadOnlyList<string> queries, string typingPause, IReadOnlyList<ServedBuild> sites, Dictionary<ServedBuild, List<TypedQuery>> typed)
    {
        var report = new StringBuilder();
        var line = (FormattableString text) => report.AppendLine(text.ToString(CultureInfo.InvariantCulture));
        line($"");
        line($"Search in headless Chromium {chromium}: keystroke → results list updated, timed in the page (performance.now()).");
        line($"{runs} run(s) × {queries.Count} queries of tests/search-queries.json, typed a character at a time, each keystroke's results awaited; {Environment.ProcessorCount} cores.");
        line($"cold: the first keystroke on a freshly loaded search page (new context, empty cache), index files fetched as search.js asks for them;");
        line($"first: the keystroke on that page that first shows results (its sections' files fetched then); warm: every keystroke after the first.");
        line($"search.js searches {typingPause} ms after the last keystroke (its TYPING_PAUSE, a debounce); \"after pause\" leaves that out. Times in ms.");
        line($"next frame: to the end of the frame after the results (style, layout, paint). Index files: search/*.json fetched between keystroke and results,");
        line($"KiB as served here (uncompressed), fetch ms while at least one was on its way (HTTP/1.1 on 127.0.0.1: no network latency).");
        line($"");
        line($"{"site",-30} {"keys",-5} {"n",5} │ {"results",8} {"p95",7} │ {"after pause",11} {"p95",7} │ {"next frame",10} │ {"index files",11} {"KiB",7} {"fetch ms",8}");
        line($"{"",-30} {"",-5} {"",5} │ {"median",8} {"",7} │ {"median",11} {"",7} │ {"median",10} │ {"median",11} {"median",7} {"median",8}");
        foreach (var site in sites)
        {
            var name = $"{site.Name} ({site.Pages:N0} pages)";
            var cold = typed[site].Select(t => t.Cold).ToList();
            var first = typed[site].Select(t => t.FirstResults).OfType<KeystrokeTiming>().ToList();
            var warm = typed[site].SelectMany(t => t.Warm).ToList();
            foreach (var (keys, timings) in new[] { ("cold", cold), ("first", first), ("warm", warm) })
            {
                line($"{name,-30} {keys,-5} {timings.Count,5} │ {Median(timings, t => t.ToResults),8:0.0} {P95(timings, t => t.ToResults),7:0.0} │ {Median(timings, t => t.AfterPause),11:0.0} {P95(timings, t => t.AfterPause),7:0.0} │ {Median(timings, t => t.ToNextFrame),10:0.0} │ {Median(timings, t => t.IndexFiles),11:0} {Median(timings, t => t.IndexBytes) / 1024,7:0.0} {Median(timings, t => t.IndexFetchMs),8:0.0}");
                name = "";
            }
        }
        line($"");
        foreach (var site in sites)
        {
            var all = typed[site].SelectMany(t => t.Keystrokes).ToList();
            var changed = all.Count(t => t.ListAt is not null);
            line($"{site.Name}: built in {site.BuildTime.TotalSeconds:0.0} s; search page {site.SizeOf("search/index.html") / 1024.0:N0} KiB of HTML; index {site.CountOf("search", "*.json"):N0} files, {site.SizeOf("search/manifest.json") / 1024.0:N0} KiB manifest.");
            line($"  pause as timed: median {Median(all, t => t.Pause):0.0} ms, p95 {P95(all, t => t.Pause):0.0}; keydown handled {Median(all, t => t.KeyHandledAt - t.KeyAt):0.0} ms after its time stamp (median); the list changed on {changed} of {all.Count} keystrokes (else the count's announcement is the end).");
            var fetching = typed[site].SelectMany(t => t.Warm).Where(t => t.IndexFiles > 0).ToList();
            var notFetching = typed[site].SelectMany(t => t.Warm).Where(t => t.IndexFiles == 0).ToList();
            line($"  warm, after pause: {notFetching.Count} keystrokes that fetched nothing, median {Median(notFetching, t => t.AfterPause):0.0} ms; {fetching.Count} that fetched index files, median {Median(fetching, t => t.AfterPause):0.0} ms, p95 {P95(fetching, t => t.AfterPause):0.0} (up to {fetching.Select(t => t.IndexFiles).DefaultIfEmpty().Max()} files).");
        }
        line($"");
        line($"Per query, after pause, median ms; files: index files fetched for the first results.");
        line($"{"",-42} {sites[0].Name,-30} │ {sites[1].Name,-30}");
        line($"{"query",-42} {"cold",6} {"first",7} {"warm",6} {"files",6} │ {"cold",6} {"first",7} {"warm",6} {"files",6}");
        foreach (var query in queries)
        {
            var cells = sites.Select(site =>
            {
                var mine = typed[site].Where(t => t.Query == query).ToList();
                var cold = mine.Select(t => t.Cold).ToList();
                var first = mine.Select(t => t.FirstResults).OfType<KeystrokeTiming>().ToList();
                var warm = mine.SelectMany(t => t.Warm).ToList();
                return string.Create(CultureInfo.InvariantCulture,
                    $"{Median(cold, t => t.AfterPause),6:0} {Median(first, t => t.AfterPause),7:0} {Median(warm, t => t.AfterPause),6:0} {Median(first, t => t.IndexFiles),6:0}");
            });
            line($"{"\"" + query + "\"",-42} {string.Join(" │ ", cells)}");
        }
        return report.ToString();
    }

    private static double Median(IReadOnlyList<KeystrokeTiming> timings, Func<KeystrokeTiming, double> measure) => Percentile(timings, measure, 0.5);

    private static double P95(IReadOnlyList<KeystrokeTiming> timings, Func<KeystrokeTiming, double> measure) => Percentile(timings, measure, 0.95);

    /// <summary>Nearest rank, as the other runners report it.</summary>
    private static double Percentile(IReadOnlyList<KeystrokeTiming> timings, Func<KeystrokeTiming, double> measure, double p)
    {
        var sorted = timings.Select(measure).Order().ToList();
        if (sorted.Count == 0)
        {
            return double.NaN;
        }
        return sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
