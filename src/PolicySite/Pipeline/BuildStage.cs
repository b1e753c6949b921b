namespace PolicySite.Pipeline;

/// <summary>
/// The stages of a build as <see cref="SiteBuilder"/> runs them, in order, by the names it reports
/// them under (<see cref="SiteBuilder.StageDone"/>). A build that fails stops after the stage that failed.
/// </summary>
public static class BuildStage
{
    /// <summary>The content and the theme, read side by side.</summary>
    public const string Load = "load";

    /// <summary>Every page's Markdown, with what Link needs of each page taken as it is parsed.</summary>
    public const string Parse = "parse";

    public const string Link = "link";

    /// <summary>Every page rendered, read by Inspect and placed in the staging folder as it comes out.</summary>
    public const string Render = "render";

    /// <summary>The files made from the whole site: search index, sitemap, feeds, redirects.</summary>
    public const string Emit = "emit";

    /// <summary>Output paths and every link.</summary>
    public const string Validate = "validate";

    /// <summary>The files not yet placed, and the staging folder made the output (a build that writes).</summary>
    public const string Write = "write";
}
