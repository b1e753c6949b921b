using PolicySite.Configuration;
using PolicySite.Templates;

namespace PolicySite.Pipeline;

/// <summary>
/// Builds one site again and again, as <c>policysite preview</c> does after every save. It runs
/// the very pipeline of <see cref="SiteBuilder"/>, with the Load stage cached
/// (<see cref="CachingSiteLoader"/>: content and templates that did not change are not read or
/// parsed again) and the Render stage reusing every page whose inputs did not change
/// (<see cref="RenderReuseCache"/>: a page is rendered again when its own model, the titles and
/// numbers it shows of other pages, its footnote numbers, its part of the contents or the parts
/// of the site-wide models its templates read changed, or the theme did). Link, the search index
/// and validation run for the whole site, from what each page's inspection found. So a rebuild
/// produces exactly what a fresh build would, whatever was edited before it.
/// </summary>
/// <remarks>Not thread-safe: one caller builds at a time.</remarks>
public sealed class IncrementalBuilder
{
    private readonly CachingSiteLoader _loader = new();
    private readonly RenderReuseCache _pages = new();
    private readonly SiteBuilder _builder;

    public IncrementalBuilder(BuildOptions options)
    {
        Options = options;
        _builder = new SiteBuilder(_loader, _pages);
    }

    public BuildOptions Options { get; }

    /// <summary>The latest build that succeeded: what the preview serves.</summary>
    public BuildResult? LastGood { get; private set; }

    /// <summary>The output paths of the pages the last build rendered rather than reused.</summary>
    public IReadOnlyList<string> LastRendered => _pages.LastRendered;

    /// <summary>How often content and theme were loaded from disk rather than reused.</summary>
    public (int Content, int Theme) Loads => (_loader.ContentLoads, _loader.ThemeLoads);

    /// <summary>Builds the site in memory (writing is up to the caller) and compares it with the last good build.</summary>
    public IncrementalBuildResult Build()
    {
        var result = _builder.Build(Options, write: false);
        if (!result.Succeeded)
        {
            return new IncrementalBuildResult(result, OutputChanges.None, BasePath());
        }

        var changes = OutputChanges.Between(LastGood?.Files ?? [], result.Files);
        LastGood = result;
        return new IncrementalBuildResult(result, changes, BasePath());
    }

    /// <summary>The path the site's URLs start with (from <c>--base-url</c> or <c>site.yml</c>), so a server can serve it there.</summary>
    private string BasePath() =>
        new SiteUrls(Options.BaseUrl ?? _loader.LastContent?.Config.BaseUrl ?? "/").BasePath;
}
