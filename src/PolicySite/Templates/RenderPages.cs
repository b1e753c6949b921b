using Markdig.Renderers;
using PolicySite.Configuration;
using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Linking;
using PolicySite.Markdown;
using PolicySite.Markdown.Extensions.Footnotes;
using PolicySite.Templates.Model;
using Scriban;
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

    public IReadOnlyList<RenderedPage> Run(LinkedSite site, Theme theme, BuildOptions options, DiagnosticBag diagnostics)
    {
        var language = site.Config.Language;
        if (!theme.Strings.ContainsKey(language))
        {
            diagnostics.Error(DiagnosticCodes.TranslationMissing,
                $"the theme has no UI strings for language '{language}'; add theme/i18n/{language}.yml or change language in site.yml",
                Path.Combine(theme.Directory, "i18n", $"{language}.yml"));
            return [];
        }

        var urls = new SiteUrls(options.BaseUrl ?? site.Config.BaseUrl);
        var models = new PageModelBuilder(site, urls, options.Now);
        var functions = TemplateFunctions.Create(theme, urls, language);
        var strings = theme.Strings[language];
        string Ui(string key)
        {
            if (strings.TryGetValue(key, out var value))
            {
                return value;
            }
            diagnostics.Error(DiagnosticCodes.TranslationMissing,
                $"UI string '{key}' is missing from theme/i18n/{language}.yml; add it there",
                Path.Combine(theme.Directory, "i18n", $"{language}.yml"));
            return key;
        }
        var labels = new FootnoteLabels(Ui("footnotes"), Ui("footnote_label"), Ui("footnote_back"));
        var siteModel = models.Site();
        var events = models.Events();

        var jobs = new List<(string Layout, PageModel Page, string OutputPath, string? SourcePath)>();
        foreach (var page in site.AllPages)
        {
            var html = RenderMarkdown(page.Parsed, labels);
            var model = models.Page(page, new RawHtml(html));
            jobs.Add((model.Kind, model, page.Route.OutputPath, page.Parsed.Source.Path));
        }
        var home = PageRoute.For(PageKind.Home, "home");
        jobs.Add(("home", models.Generated(PageKind.Home, "home", site.Config.Title, home), home.OutputPath, null));
        var notFound = PageRoute.For(PageKind.NotFound, "404");
        jobs.Add(("404", models.Generated(PageKind.NotFound, "404", Ui("not_found_title"), notFound), notFound.OutputPath, null));

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

        var rendered = new RenderedPage?[jobs.Count];
        Parallel.For(0, jobs.Count, i =>
        {
            var job = jobs[i];
            var globals = new ScriptObject
            {
                ["site"] = siteModel,
                ["page"] = job.Page,
                ["contents"] = models.Contents(job.Page.Id),
                ["events"] = events,
            };
            var html = RenderLayouts(theme, job.Layout, functions, globals, job.SourcePath, diagnostics);
            if (html is not null)
            {
                rendered[i] = new RenderedPage(job.OutputPath, html, job.SourcePath);
            }
        });
        return rendered.OfType<RenderedPage>().ToList();
    }

    private static string RenderMarkdown(ParsedPage page, FootnoteLabels labels)
    {
        labels.AttachTo(page.Ast);
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer);
        MarkdownPipelineFactory.Shared.Setup(renderer);
        renderer.Render(page.Ast);
        writer.Flush();
        return writer.ToString();
    }

    private static string? RenderLayouts(Theme theme, string layout, ScriptObject functions, ScriptObject globals, string? sourcePath, DiagnosticBag diagnostics)
    {
        var context = new EscapingTemplateContext
        {
            StrictVariables = true,
            // Loops over a page's headings or the contents are short; a runaway loop is a template bug.
            LoopLimit = 100_000,
        };
        context.PushGlobal(functions);
        context.PushGlobal(globals);
        try
        {
            var main = theme.Layout(layout)!.Render(context);
            globals["content"] = new RawHtml(main);
            return theme.Layout(BaseLayout)!.Render(context);
        }
        catch (MissingTranslationException ex)
        {
            Report(DiagnosticCodes.TranslationMissing, ex, sourcePath, diagnostics);
        }
        catch (ScriptRuntimeException ex)
        {
            Report(DiagnosticCodes.TemplateRuntime, ex, sourcePath, diagnostics);
        }
        return null;
    }

    private static void Report(string code, ScriptRuntimeException ex, string? sourcePath, DiagnosticBag diagnostics)
    {
        var page = sourcePath is null ? "" : $" (while rendering {Path.GetFileName(sourcePath)})";
        diagnostics.Error(code, $"{ex.OriginalMessage}{page}", ex.Span.FileName,
            ex.Span.Start.Line + 1, ex.Span.Start.Column + 1);
    }
}
