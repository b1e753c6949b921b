using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Linking;
using PolicySite.Markdown;
using PolicySite.Templates;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Stages;

/// <summary>
/// Runs the stages a fixture site needs up to and including the one under test, and nothing
/// after it, so a stage test sees that stage's own output and diagnostics.
/// </summary>
internal sealed class RenderStage
{
    public required DiagnosticBag Diagnostics { get; init; }

    public required LoadedSite Loaded { get; init; }

    public required Theme Theme { get; init; }

    public required IReadOnlyList<ParsedPage> Parsed { get; init; }

    public required LinkedSite Linked { get; init; }

    public static RenderStage Link(SiteFixture site)
    {
        var diagnostics = new DiagnosticBag();
        var loaded = new LoadContent().Run(site.Input, diagnostics)
            ?? throw new InvalidOperationException("the fixture's content did not load: " + string.Join("; ", diagnostics.Sorted()));
        var theme = new LoadTheme().Run(site.Theme, diagnostics)
            ?? throw new InvalidOperationException("the fixture's theme did not load: " + string.Join("; ", diagnostics.Sorted()));
        var parsed = new ParseMarkdown().Run(loaded.Documents, diagnostics);
        var ui = new UiStrings(theme, loaded.Config.Language, diagnostics);
        var context = new LinkContext(new SiteUrls(loaded.Config.BaseUrl), ui.Get);
        var linked = new LinkPages().Run(loaded, parsed, context, diagnostics);
        return new RenderStage { Diagnostics = diagnostics, Loaded = loaded, Theme = theme, Parsed = parsed, Linked = linked };
    }

    public static (IReadOnlyList<RenderedPage> Pages, IReadOnlyList<Diagnostic> Diagnostics) Render(SiteFixture site)
    {
        var stage = Link(site);
        var pages = new RenderPages().Run(stage.Linked, stage.Theme, site.Options(), stage.Diagnostics);
        return (pages, stage.Diagnostics.Sorted());
    }
}
