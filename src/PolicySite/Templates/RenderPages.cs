using PolicySite.Configuration;
using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Linking;
using PolicySite.Markdown;
using PolicySite.Markdown.Extensions.Footnotes;
using PolicySite.Markdown.Prerendering;
using PolicySite.Output;
using PolicySite.Pages;
using PolicySite.Templates.Model;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PolicySite.Templates;

/// <summary>
/// Stage 4, Render: each page's Markdown to HTML, then its layout
/// (<c>theme/layouts/&lt;kind&gt;.html</c>) wrapped in <c>theme/layouts/base.html</c>, in parallel.
/// Template errors are reported at the template's file and line.
/// </summary>
public sealed class RenderPages
{
    private const string BaseLayout = "base";

    /// <summary>
    /// Room made for what base.html adds to a layout (head, header, footer) before a thread has
    /// rendered a page to measure it by: 2,500 to 4,300 characters on the policy site and on
    /// generated sites.
    /// </summary>
    private const int BaseRoomAtLeast = 8 * 1024;

    /// <summary>The home page carries the full contents, which the other pages of a long document link to.</summary>
    private const string HomeLayout = "home";

    /// <param name="hook">
    /// Given each page's HTML on the rendering thread while the text is still in hand (the
    /// Inspect step reads it there, so no page's text outlives its rendering, and a build that
    /// writes places its bytes in the staging folder there), and asked first whether it has the
    /// page from an earlier build.
    /// </param>
    /// <param name="releaseSources">
    /// Let each chapter's and objective's AST and source text go once its page is rendered, for a
    /// build that reads none of them afterwards (events' stay: the feeds and calendars quote them).
    /// </param>
    /// <param name="pageDone">Called on the rendering thread after each page (a one-off build's <see cref="Pipeline.HeapPacer"/>).</param>
    public IReadOnlyList<RenderedPage> Run(LinkedSite site, Theme theme, BuildOptions options, DiagnosticBag diagnostics, IRenderHook? hook = null, bool releaseSources = false, Action? pageDone = null)
    {
        var language = site.Config.Language;
        var ui = new UiStrings(theme, language, diagnostics);
        if (!ui.HasLanguage)
        {
            diagnostics.Error(DiagnosticCodes.TranslationMissing, UiStrings.NoLanguageMessage(language), ui.LanguageFile);
            return [];
        }

        var urls = new SiteUrls(options.BaseUrl ?? site.Config.BaseUrl);
        var functions = TemplateFunctions.Create(theme, urls, language);
        var folded = new FoldedTemplates(theme, urls, language);
        Func<string, string> Ui = ui.Get;
        var models = new PageModelBuilder(site, urls, options.Now, Ui);
        var labels = MarkdownLabels.From(Ui);
        var siteModel = models.Site();
        var events = models.Events();
        // Built once: per page they would be scans of the whole document for every page.
        var contents = models.Contents();
        var spine = Objectives.SpineModelBuilder.Build(site, theme.ObjectiveThemes, urls);
        // Which generated pages this site has, by id, so templates link only to pages that exist.
        var generated = new ScriptObject();
        foreach (var page in site.Generated)
        {
            generated[page.Id] = urls.Path(page.Route.Url);
        }
        var dataContext = new PageDataContext(site, urls, options.Now, Ui);
        var fingerprints = hook is { Reuses: true }
            ? new RenderFingerprint(new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["site"] = siteModel,
                ["events"] = events,
                ["generated"] = generated,
                ["spine"] = spine,
            }, urls.BasePath, urls.AbsoluteBase, language)
            : null;

        // What fills a prerendered body's cross-references: what the links of an AST are given.
        Func<string, CrossReferenceTarget?> crossReference = id => CrossReferenceResolver.Resolve(id, site.Index, urls);

        // Labels go onto the ASTs before the parallel part: rendering then only reads them.
        foreach (var page in site.AllPages)
        {
            page.Parsed.Change(labels.AttachTo);
        }

        var jobs = new List<RenderJob>();
        foreach (var page in site.AllPages)
        {
            var kind = PageModelBuilder.KindName(page.Parsed.Source.Kind);
            jobs.Add(new RenderJob(page.Id, kind, page.Route.OutputPath, page.Parsed.Source.Path,
                context => models.Page(page, RenderBody(page, context, crossReference)))
            {
                Releases = releaseSources && page.Parsed.Source.Kind != PageKind.Event ? page.Parsed : null,
            });
        }
        var firstGenerated = jobs.Count;
        foreach (var page in site.Generated)
        {
            jobs.Add(new RenderJob(page.Id, page.Layout, page.Route.OutputPath, page.SourcePath,
                _ => models.Generated(page, page.Title.Resolve(Ui), page.Data(dataContext))));
        }

        foreach (var layout in jobs.Select(j => j.Layout).Append(BaseLayout).Distinct())
        {
            if (theme.Layout(layout) is null)
            {
                diagnostics.Error(DiagnosticCodes.LayoutMissing,
                    $"layout '{layout}' is missing; add theme/layouts/{layout}.html",
                    Path.Combine(theme.Directory, "layouts", $"{layout}.html"));
            }
        }
        if (diagnostics.HasErrors)
        {
            return [];
        }

        foreach (var layout in jobs.Select(j => j.Layout).Distinct())
        {
            fingerprints?.Prepare(theme, layout, BaseLayout);
        }

        var rendered = new RenderedPage?[jobs.Count];
        // One context per thread, used again from page to page: a context caches how to read each model
        // type (Scriban reflects over a type the first time a context meets it), and a fresh
        // context per page paid that again for every page. Per thread, not per Parallel.For
        // task: it starts new tasks (and would make new contexts) each time it splits the work.
        using var contexts = new ThreadLocal<EscapingTemplateContext>(NewContext);
        // The generated pages go first, so that the long notes page starts early; they quote
        // other pages' ASTs, which are let go only once every generated page is done.
        var generatedCount = jobs.Count - firstGenerated;
        var releases = new SourceReleases(generatedCount);
        Parallel.For(0, jobs.Count, k =>
        {
            var i = k < generatedCount ? firstGenerated + k : k - generatedCount;
            Render(i);
            if (i >= firstGenerated)
            {
                releases.GeneratedPageDone();
            }
            else if (jobs[i].Releases is { } page)
            {
                releases.Release(page);
            }
            pageDone?.Invoke();
        });
        return rendered.OfType<RenderedPage>().ToList();

        void Render(int i)
        {
            var context = contexts.Value!;
            context.Folded = folded;
            var job = jobs[i];
            var model = job.Model(context);
            var pageContents = job.Layout == HomeLayout ? contents.Full(job.Id) : contents.For(job.Id);
            var contentsIsPartial = contents.IsPartial && job.Layout != HomeLayout;
            var fingerprint = fingerprints?.OfPage(job.Layout, model, pageContents, contentsIsPartial);
            if (fingerprint is not null && hook!.Reuse(job.OutputPath, fingerprint) is { } earlier)
            {
                context.PageBuffers.Clear();
                rendered[i] = new RenderedPage(job.OutputPath, earlier, job.SourcePath);
                return;
            }
            // Every global here is in the page's fingerprint (RenderFingerprint, TemplateReads):
            // a global added without it would let the preview reuse a page that changed.
            var globals = new ScriptObject
            {
                ["site"] = siteModel,
                ["page"] = model,
                ["contents"] = pageContents,
                ["contents_is_partial"] = contentsIsPartial,
                ["events"] = events,
                ["generated"] = generated,
                ["spine"] = spine,
            };
            if (!RenderLayouts(context, theme, job.Layout, functions, globals, job.SourcePath, diagnostics))
            {
                // A template that failed may have left loops or includes open; start clean.
                contexts.Value = NewContext();
                return;
            }
            byte[]? content;
            try
            {
                var html = context.PageOutput.Html;
                content = hook is null ? Utf8Bytes.Of(html.Span) : hook.Rendered(job.OutputPath, fingerprint, html);
            }
            finally
            {
                context.PageOutput.Clear();
            }
            rendered[i] = content is null
                ? new RenderedPage(job.OutputPath, [], job.SourcePath) { Staged = true }
                : new RenderedPage(job.OutputPath, content, job.SourcePath);
        }
    }

    /// <summary>
    /// Builds, on a thread-pool thread, Scriban's table of built-in functions, which every template
    /// context copies. The first is made by reflection over Scriban's function classes, some
    /// 10 ms that the first page rendered would otherwise wait for on the policy site's start-up path.
    /// </summary>
    public static void PrepareBuiltins() => _ = Task.Run(() => new BuiltinFunctions());

    private static EscapingTemplateContext NewContext() => new(new BuiltinFunctions())
    {
        StrictVariables = true,
        // Loops over a page's headings or the contents are short; a runaway loop is a template bug.
        LoopLimit = 100_000,
        // Scriban cuts strings at 1 MB by default; a long chapter is longer than that and must not be truncated.
        LimitToString = 0,
    };

    /// <summary>A page's Markdown body, rendered (or its prerendered body filled in) into a buffer of the page's.</summary>
    private static RawHtml RenderBody(LinkedPage page, EscapingTemplateContext context, Func<string, CrossReferenceTarget?> crossReference)
    {
        var body = context.PageBuffers.Next();
        if (page.Parsed.IsPrerendered)
        {
            MarkdownHtml.WritePrerendered(page.Parsed.TakePrerendered(), body.Writer, page.NoteOffset, crossReference);
        }
        else
        {
            MarkdownHtml.RenderInto(page.Parsed.Ast, body.Writer);
        }
        return new RawHtml(body);
    }

    /// <summary>One page to render: its layout, where it goes, and how to build its model (in the parallel part, with the thread's context).</summary>
    private sealed record RenderJob(string Id, string Layout, string OutputPath, string? SourcePath, Func<EscapingTemplateContext, PageModel> Model)
    {
        /// <summary>The page whose AST and source text to let go once this job is done, if any.</summary>
        public ParsedPage? Releases { get; init; }
    }

    /// <summary>Renders the page into the context's <see cref="EscapingTemplateContext.PageOutput"/>; false when a template failed (reported).</summary>
    private static bool RenderLayouts(EscapingTemplateContext context, Theme theme, string layout, ScriptObject functions, ScriptObject globals, string? sourcePath, DiagnosticBag diagnostics)
    {
        context.PushGlobal(functions);
        context.PushGlobal(globals);
        try
        {
            context.RenderInto(theme.Layout(layout)!, context.LayoutOutput);
            globals["content"] = context.LayoutOutput;
            // The page is read and encoded as one run of characters: room for all of it in one
            // piece before base.html is written, not a buffer grown by doubling (for the notes page,
            // 16 MiB of arrays thrown away on the way to one of 16 MiB). A page that outgrew the
            // room would be copied into one piece after.
            context.PageOutput.Reserve(context.LayoutOutput.Length + Math.Max(context.BaseAddedAtMost, BaseRoomAtLeast));
            context.RenderInto(theme.Layout(BaseLayout)!, context.PageOutput);
            context.BaseAddedAtMost = Math.Max(context.BaseAddedAtMost, context.PageOutput.Length - context.LayoutOutput.Length);
            // The layout and the body are in the page now: emptied before Inspect reads it, the
            // notes page's layout (13 MiB at 5,000 pages) is let go before its tree is built.
            context.LayoutOutput.Clear();
            context.PageBuffers.Clear();
            // Not TemplateContext.Reset: that also forgets how to read each model type, which
            // Scriban then finds out by reflection again on every page.
            context.PopGlobal();
            context.PopGlobal();
            return true;
        }
        catch (MissingTranslationException ex)
        {
            Report(DiagnosticCodes.TranslationMissing, ex, sourcePath, diagnostics);
        }
        catch (ScriptRuntimeException ex)
        {
            Report(DiagnosticCodes.TemplateRuntime, ex, sourcePath, diagnostics);
        }
        return false;
    }

    private static void Report(string code, ScriptRuntimeException ex, string? sourcePath, DiagnosticBag diagnostics)
    {
        var page = sourcePath is null ? "" : $" (while rendering {Path.GetFileName(sourcePath)})";
        // Scriban's own messages ("The variable or function `x` was not found") say what went wrong
        // but not what to do; PolicySite's template functions already say both, after a "; ".
        var fix = ex.OriginalMessage.Contains("; ", StringComparison.Ordinal) ? "" : "; fix the template here: the README lists the variables and functions templates get";
        diagnostics.Error(code, $"{ex.OriginalMessage}{page}{fix}", ex.Span.FileName,
            ex.Span.Start.Line + 1, ex.Span.Start.Column + 1);
    }
}
