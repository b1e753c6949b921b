using PolicySite.Configuration;
using PolicySite.Templates;

namespace PolicySite.Pipeline;

/// <summary>
/// Builds one site again and again, as <c>policysite preview</c> does after every save. It runs
/// the very pipeline of <see cref="SiteBuilder"/>, with the Load stage cached
/// (<see cref="CachingSiteLoader"/>): the costly per-file work that did not change (reading and
/// deserializing content, parsing templates) is reused, and the whole-site stages run again in
/// full. So a rebuild produces exactly what a fresh build would, whatever was edited before it.
/// </summary>
/// <remarks>
/// Measured on the policy site (<c>tests/PolicySite.Benchmarks -- stages</c>), Load is about a
/// tenth of a build; Render, the search index (Emit) and Validate are most of it, and each depends
/// on the whole site (the contents on every page, footnote numbering, titles of link targets, the
/// index). Reusing their per-page results safely needs each stage to say what a page read; until
/// then they run in full, which is what keeps a rebuild equal to a fresh build.
/// Not thread-safe: one caller builds at a time.
/// </remarks>
public sealed class IncrementalBuilder
{
    private readonly CachingSiteLoader _loader = new();
    private readonly SiteBuilder _builder;

    public IncrementalBuilder(BuildOptions options)
    {
        Options = options;
        _builder = new SiteBuilder(_loader);
    }

    public BuildOptions Options { get; }

    /// <summary>The latest build that succeeded: what the preview serves.</summary>
    public BuildResult? LastGood { get; private set; }

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
