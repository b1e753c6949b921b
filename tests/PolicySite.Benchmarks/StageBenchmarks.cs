using BenchmarkDotNet.Attributes;
using PolicySite.Configuration;
using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Emit;
using PolicySite.Inspect;
using PolicySite.Linking;
using PolicySite.Markdown;
using PolicySite.Output;
using PolicySite.Templates;
using PolicySite.Validation;

namespace PolicySite.Benchmarks;

/// <summary>
/// Each stage of the pipeline on its own, on the policy site and on a generated corpus of 1,000
/// chapters: <c>dotnet run -c Release --project tests/PolicySite.Benchmarks -- --filter '*StageBenchmarks*'</c>.
/// A stage gets the products of the stages before it, made once, or for each iteration where the
/// stage changes them (Link records its changes on the parsed pages; Render is given a site just
/// linked; Write an empty output folder). The stages run as the preview runs them, every AST held:
/// a one-off build's prerendering and pacing are measured whole, by the <c>stages</c> runner and
/// by <c>scripts/compare-builds.sh</c>.
/// </summary>
[MemoryDiagnoser]
[InvocationCount(1)]
public class StageBenchmarks
{
    private BenchmarkSite _site = null!;
    private BuildOptions _options = null!;
    private LoadedSite _content = null!;
    private Theme _theme = null!;
    private SiteUrls _urls = null!;
    private UiStrings _ui = null!;
    private IReadOnlyList<ParsedPage> _parsed = null!;
    private LinkedSite _linked = null!;
    private IReadOnlyList<RenderedPage> _pages = null!;
    private SiteFacts _facts = null!;
    private IReadOnlyList<OutputFile> _files = null!;

    [Params("policy site", "1,000 pages")]
    public string Site { get; set; } = "policy site";

    [GlobalSetup]
    public void Setup()
    {
        _site = Site == "policy site" ? BenchmarkSite.CopyOfRepository() : BenchmarkSite.Generated(1_000);
        _options = _site.Options();

        var diagnostics = new DiagnosticBag();
        _content = new LoadContent().Run(_options.InputDirectory, diagnostics) ?? throw Failed(diagnostics);
        _theme = new LoadTheme().Run(_options.ThemeDirectory, diagnostics) ?? throw Failed(diagnostics);
        _urls = new SiteUrls(_content.Config.BaseUrl);
        _ui = new UiStrings(_theme, _content.Config.Language, diagnostics);
        _parsed = new ParseMarkdown().Run(_content.Documents, diagnostics);
        _linked = Linked(diagnostics);
        var inspector = new InspectPages().Start(_linked, _urls, _ui.Get);
        _pages = new RenderPages().Run(_linked, _theme, _options, diagnostics, new InspectingRenderHook(inspector));
        _facts = inspector.Finish();
        _files = Emit();
        if (diagnostics.HasErrors)
        {
            throw Failed(diagnostics);
        }
    }

    [GlobalCleanup]
    public void Cleanup() => _site.Dispose();

    [Benchmark(Description = "load (content and theme)")]
    public int Load()
    {
        var diagnostics = new DiagnosticBag();
        var content = new LoadContent().Run(_options.InputDirectory, diagnostics);
        var theme = new LoadTheme().Run(_options.ThemeDirectory, diagnostics);
        return content!.Documents.Count + theme!.Assets.Count;
    }

    [Benchmark(Description = "parse")]
    public int Parse() => new ParseMarkdown().Run(_content.Documents, new DiagnosticBag()).Count;

    // Link records its changes on the pages it is given: each iteration links pages just parsed.
    [IterationSetup(Targets = [nameof(Link), nameof(Render)])]
    public void ParseAgain() => _parsed = new ParseMarkdown().Run(_content.Documents, new DiagnosticBag());

    [Benchmark(Description = "link")]
    public int Link() => Linked(new DiagnosticBag()).ReadingOrder.Count;

    [Benchmark(Description = "render and inspect")]
    public int Render()
    {
        var linked = Linked(new DiagnosticBag());
        var inspector = new InspectPages().Start(linked, _urls, _ui.Get);
        var pages = new RenderPages().Run(linked, _theme, _options, new DiagnosticBag(), new InspectingRenderHook(inspector));
        return pages.Count + inspector.Finish().SearchSections.Count;
    }

    [Benchmark(Description = "emit")]
    public int EmitFiles() => Emit().Count;

    [Benchmark(Description = "validate links")]
    public int Validate()
    {
        var diagnostics = new DiagnosticBag();
        new ValidateLinks().Run(_files, _facts.LinksOf, _urls, diagnostics);
        return diagnostics.Count(DiagnosticSeverity.Error);
    }

    [IterationSetup(Target = nameof(Write))]
    public void EmptyOutput()
    {
        if (Directory.Exists(_options.OutputDirectory))
        {
            Directory.Delete(_options.OutputDirectory, recursive: true);
        }
    }

    [Benchmark(Description = "write (into an empty output folder)")]
    public bool Write() => new AtomicOutputWriter().Run(_files, _options.OutputDirectory, new DiagnosticBag());

    private LinkedSite Linked(DiagnosticBag diagnostics) => new LinkPages().Run(_content, _parsed, new LinkContext(_urls, _ui.Get), diagnostics);

    private IReadOnlyList<OutputFile> Emit() =>
        new EmitSite().Run(new EmitContext(_linked, _urls, _options.Now, _pages) { Ui = _ui.Get, Facts = _facts }, _theme);

    private static InvalidOperationException Failed(DiagnosticBag diagnostics) =>
        new("the site does not build:\n" + string.Join("\n", diagnostics.Sorted()));
}
