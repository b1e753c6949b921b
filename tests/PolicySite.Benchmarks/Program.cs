using System.Diagnostics;
using PolicySite.Configuration;
using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Emit;
using PolicySite.Linking;
using PolicySite.Markdown;
using PolicySite.Templates;
using PolicySite.Validation;

var root = args.Length > 0 ? args[0] : "/work/main";
var options = new BuildOptions { InputDirectory = Path.Combine(root, "input"), ThemeDirectory = Path.Combine(root, "theme"), OutputDirectory = "/tmp/ps-out", Now = DateTimeOffset.UnixEpoch.AddYears(56) };
var times = new Dictionary<string, List<double>>();
void T(string name, Action a) { var sw = Stopwatch.StartNew(); a(); (times.TryGetValue(name, out var l) ? l : times[name] = []).Add(sw.Elapsed.TotalMilliseconds); }
for (var i = 0; i < 60; i++)
{
    var d = new DiagnosticBag();
    LoadedSite? site = null; Theme? theme = null; IReadOnlyList<ParsedPage>? parsed = null; LinkedSite? linked = null; IReadOnlyList<RenderedPage>? pages = null; IReadOnlyList<OutputFile>? files = null;
    var total = Stopwatch.StartNew();
    T("load content", () => site = new LoadContent().Run(options.InputDirectory, d));
    T("load theme", () => theme = new LoadTheme().Run(options.ThemeDirectory, d));
    T("parse", () => parsed = new ParseMarkdown().Run(site!.Documents, d));
    var urls = new SiteUrls(site!.Config.BaseUrl);
    var ui = new UiStrings(theme!, site.Config.Language, d);
    T("link", () => linked = new LinkPages().Run(site, parsed!, new LinkContext(urls, ui.Get), d));
    T("render", () => pages = new RenderPages().Run(linked!, theme!, options, d));
    T("emit", () => files = new EmitSite().Run(new EmitContext(linked!, urls, options.Now, pages!) { Ui = ui.Get }, theme!));
    T("validate", () => new ValidateLinks().Run(files!, urls, d));
    (times.TryGetValue("TOTAL", out var tl) ? tl : times["TOTAL"] = []).Add(total.Elapsed.TotalMilliseconds);
    T("write", () => new PolicySite.Output.AtomicOutputWriter().Run(files!, options.OutputDirectory, d));
    if (i == 0) Console.WriteLine($"errors {d.HasErrors} files {files!.Count} html {files.Count(f => f.IsHtml)} bytes {files.Sum(f => f.Content.Length)}");
}
foreach (var (k, v) in times) { var s = v.Skip(10).Order().ToList(); Console.WriteLine($"{k,-14} first {v[0],8:0.0} median {s[s.Count / 2],7:0.00} p95 {s[(int)(s.Count * 0.95)],7:0.00}"); }
