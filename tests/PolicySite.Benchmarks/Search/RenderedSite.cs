using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Emit;
using PolicySite.Linking;
using PolicySite.Markdown;
using PolicySite.Templates;

namespace PolicySite.Benchmarks.Search;

/// <summary>A site taken through Load, Parse, Link and Render: what the search index is built from.</summary>
internal sealed record RenderedSite(EmitContext Context, int Pages)
{
    public static RenderedSite From(string input, string theme)
    {
        var options = new PolicySite.Configuration.BuildOptions
        {
            InputDirectory = input,
            ThemeDirectory = theme,
            OutputDirectory = Path.Combine(Path.GetTempPath(), "unused"),
            Now = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        };
        var diagnostics = new DiagnosticBag();
        var content = new LoadContent().Run(input, diagnostics) ?? throw Failed(diagnostics);
        var loadedTheme = new LoadTheme().Run(theme, diagnostics) ?? throw Failed(diagnostics);
        var parsed = new ParseMarkdown().Run(content.Documents, diagnostics);
        var urls = new SiteUrls(content.Config.BaseUrl);
        var ui = new UiStrings(loadedTheme, content.Config.Language, diagnostics);
        var linked = new LinkPages().Run(content, parsed, new LinkContext(urls, ui.Get), diagnostics);
        var pages = new RenderPages().Run(linked, loadedTheme, options, diagnostics);
        if (diagnostics.HasErrors)
        {
            throw Failed(diagnostics);
        }
        return new RenderedSite(new EmitContext(linked, urls, options.Now, pages) { Ui = ui.Get }, pages.Count);
    }

    private static InvalidOperationException Failed(DiagnosticBag diagnostics) =>
        new("the site does not build:\n" + string.Join("\n", diagnostics.Sorted()));
}
