using System.Diagnostics;
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

namespace PolicySite.Pipeline;

/// <summary>
/// Runs the stages in the order they execute:
/// Load (content, theme) → Parse → Link → Render → Inspect → Emit → Validate → Write.
/// Every stage reports into one <see cref="DiagnosticBag"/>; the build goes as far as it can so
/// that one run reports every problem, and writes nothing unless it succeeded.
/// </summary>
public sealed class SiteBuilder
{
    private readonly ISiteLoader _loader;
    private readonly RenderReuseCache? _reuse;
    private readonly ParseMarkdown _parse = new();
    private readonly LinkPages _link = new();
    private readonly RenderPages _render = new();
    private readonly InspectPages _inspect = new();
    private readonly EmitSite _emit = new();
    private readonly ValidateOutputPaths _validatePaths = new();
    private readonly ValidateLinks _validate = new();
    private readonly AtomicOutputWriter _write = new();

    public SiteBuilder()
        : this(new SiteLoader())
    {
    }

    /// <summary>
    /// A builder whose Load stage is <paramref name="loader"/> and whose Render stage reuses the
    /// pages in <paramref name="reuse"/> that did not change: the preview's (<see cref="IncrementalBuilder"/>).
    /// </summary>
    public SiteBuilder(ISiteLoader loader, RenderReuseCache? reuse = null)
    {
        _loader = loader;
        _reuse = reuse;
    }

    /// <summary>
    /// Called on the building thread as each stage ends, with its name (<see cref="BuildStage"/>):
    /// the benchmarks' stage runner times a real build by it.
    /// </summary>
    public Action<string>? StageDone { get; init; }

    /// <summary>Builds the site; with <paramref name="write"/> false it checks everything and writes nothing (<c>policysite check</c>).</summary>
    public BuildResult Build(BuildOptions options, bool write = true)
    {
        var stopwatch = Stopwatch.StartNew();
        // A small site's one-off build runs without the collector (CollectionFreeBuild); the
        // preview's rebuilds are small but its server's heap is the collector's to manage.
        using var collectionFree = _reuse is null ? CollectionFreeBuild.TryStart(options.InputDirectory) : null;
        var diagnostics = new DiagnosticBag();
        // A build that writes places each page in the staging folder as it is rendered; disposing
        // the staging folder without committing it (any failure) deletes it.
        using var staging = write ? _write.Begin(options.OutputDirectory, diagnostics) : null;
        var files = Produce(options, diagnostics, staging);

        var failed = diagnostics.HasErrors || options.Strict && diagnostics.Count(DiagnosticSeverity.Warning) > 0;
        if (!failed && staging is not null)
        {
            failed = !_write.Finish(staging, files.Where(f => !f.Staged).ToList(), diagnostics);
            StageDone?.Invoke(BuildStage.Write);
        }
        var paths = failed ? [] : files.Select(f => f.Path).ToList();
        // What a build wrote is in the output folder; only a check keeps the files in memory.
        return new BuildResult(!failed, diagnostics.Sorted(), failed || write ? [] : files, stopwatch.Elapsed) { Paths = paths };
    }

    private IReadOnlyList<OutputFile> Produce(BuildOptions options, DiagnosticBag diagnostics, OutputStaging? staging)
    {
        // Three things a small site's build would otherwise wait for one after the other, done on
        // another core while the content is read: the theme (Scriban parses every template),
        // which does not depend on the content, Markdig's comparer of link labels and Scriban's
        // built-in functions.
        ParseMarkdown.PrepareLabelComparer();
        RenderPages.PrepareBuiltins();
        var themeLoad = Task.Run(() => _loader.LoadTheme(options.ThemeDirectory, diagnostics));
        var site = _loader.LoadContent(options.InputDirectory, diagnostics);
        var theme = themeLoad.GetAwaiter().GetResult();
        if (site is null || theme is null)
        {
            return [];
        }
        StageDone?.Invoke(BuildStage.Load);

        // A one-off build lets each page's AST go as soon as Link has what it needs of it: then
        // only a few pages' ASTs are alive at any time. Most pages' bodies are rendered then too,
        // with holes for what Link adds (BodyPrerenderer); the others are parsed again to be
        // rendered. The preview keeps the ASTs; it renders only the pages that changed.
        var oneOff = _reuse is null;
        var linkFacts = new PageLinkFacts[site.Documents.Count];
        var ui = new UiStrings(theme, site.Config.Language, diagnostics);
        // Without UI strings for the language (the notes' labels) Render fails anyway.
        var prerender = oneOff && ui.HasLanguage ? new BodyPrerenderer(site, MarkdownLabels.From(ui.Get)) : null;
        // A one-off build also keeps its heap near what it holds (HeapPacer); the preview leaves that to the collector.
        var pacer = oneOff ? new HeapPacer() : null;
        // Not paced page by page: what Parse throws away is the AST of the page in hand, which the
        // collector's own young collections take while it is young, and what it keeps (bodies,
        // notes, facts) no collection frees; full collections there only marked the growing heap
        // again and again. One when it ends, before Render, whose garbage dies old.
        var parsed = _parse.Run(site.Documents, diagnostics, (i, page) => linkFacts[i] = LinkPages.Prepare(page, unload: oneOff, prerender));
        pacer?.Collect();
        StageDone?.Invoke(BuildStage.Parse);
        var urls = new SiteUrls(options.BaseUrl ?? site.Config.BaseUrl);
        var linked = _link.Run(site, parsed, linkFacts, new LinkContext(urls, ui.Get), diagnostics);
        // Link has kept what it needs of them. The parse callback above holds the array (it writes
        // into it), and under the JIT that kept every page's links alive to the end of the build.
        Array.Clear(linkFacts);
        ReportSourcesWithoutUrl(linked, diagnostics, options.InputDirectory);
        if (diagnostics.HasErrors)
        {
            return [];
        }
        StageDone?.Invoke(BuildStage.Link);

        var inspector = _inspect.Start(linked, urls, ui.Get);
        var hook = _reuse?.Begin(theme, inspector) ?? new InspectingRenderHook(inspector, staging);
        // Nothing after Render reads a chapter's or an objective's AST or text; a one-off build lets
        // each go once its page is out. The preview keeps the text: it parses it again after a save.
        var pages = _render.Run(linked, theme, options, diagnostics, hook, releaseSources: oneOff, pacer is null ? null : pacer.Step);
        if (diagnostics.HasErrors)
        {
            return [];
        }

        var facts = inspector.Finish();
        _reuse?.Complete(facts);
        StageDone?.Invoke(BuildStage.Render);
        // The last pages' buffers and trees are garbage, and the search index is built on top of them.
        pacer?.Collect();
        var files = _emit.Run(new EmitContext(linked, urls, options.Now, pages) { Ui = ui.Get, Facts = facts, Staging = staging }, theme);
        StageDone?.Invoke(BuildStage.Emit);
        // No collection before Validate: it allocates little on top of Emit's garbage, and a full
        // collection there (~45 ms at 5,000 pages) freed memory only for the process to exit.
        _validatePaths.Run(files, diagnostics);
        _validate.Run(files, facts.LinksOf, urls, diagnostics);
        StageDone?.Invoke(BuildStage.Validate);
        return files;
    }

    /// <summary>Staff can add a lost URL to references.yml; telling them which ones is information, not a fault.</summary>
    private static void ReportSourcesWithoutUrl(LinkedSite site, DiagnosticBag diagnostics, string inputDirectory)
    {
        var withoutUrl = site.References.Where(r => r.Url is null).ToList();
        if (withoutUrl.Count == 0)
        {
            return;
        }
        var path = Path.Combine(inputDirectory, "data", "references.yml");
        var text = File.ReadAllText(path);
        foreach (var source in withoutUrl)
        {
            diagnostics.Info(DiagnosticCodes.ReferenceWithoutUrl,
                $"source '{source.Id}' has no URL (its link was lost in conversion); it is shown as text until you add url: to it",
                path, LoadContent.LineOf(text, $"id: {source.Id}"), 1);
        }
    }
}
