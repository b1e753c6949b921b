namespace PolicySite.Pipeline;

/// <summary>
/// Decides what a changed path means to the build (content, data, config, template, UI strings,
/// asset), from the path alone: a pure function, so the preview's decisions (rebuild or not,
/// swap the stylesheet or reload the page) can be tested without a file system.
/// </summary>
public static class ChangeClassifier
{
    /// <summary>Names editors write while saving (vim's 4913 probe, JetBrains' safe-write files) or leave behind (backups), and desktop litter.</summary>
    private static readonly string[] NoiseSuffixes = ["~", ".swp", ".swo", ".swx", ".tmp", ".bak", "___jb_tmp___", "___jb_old___"];

    private static readonly string[] NoiseNames = ["4913", "Thumbs.db", "desktop.ini"];

    public static SiteChangeKind Classify(string path, string inputDirectory, string themeDirectory)
    {
        if (RelativeTo(inputDirectory, path) is { } content)
        {
            return IsNoise(content) ? SiteChangeKind.Ignored : ClassifyContent(content);
        }
        if (RelativeTo(themeDirectory, path) is { } theme)
        {
            return IsNoise(theme) ? SiteChangeKind.Ignored : ClassifyTheme(theme);
        }
        return SiteChangeKind.Ignored;
    }

    /// <summary>Whether a batch of changes needs a rebuild at all.</summary>
    public static bool NeedsRebuild(IEnumerable<SiteChangeKind> kinds) => kinds.Any(k => k != SiteChangeKind.Ignored);

    /// <summary>
    /// Whether every change that matters is a stylesheet: then open pages swap their stylesheet
    /// links instead of reloading (the only difference in the HTML is the fingerprinted href).
    /// </summary>
    public static bool IsStyleOnly(IEnumerable<SiteChangeKind> kinds)
    {
        var relevant = kinds.Where(k => k != SiteChangeKind.Ignored).ToList();
        return relevant.Count > 0 && relevant.All(k => k == SiteChangeKind.CssAsset);
    }

    private static SiteChangeKind ClassifyContent(string[] segments)
    {
        if (segments is ["site.yml"])
        {
            return SiteChangeKind.SiteConfig;
        }
        if (segments[^1].EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return SiteChangeKind.ContentPage;
        }
        return segments is ["data", _, ..] ? SiteChangeKind.DataFile : SiteChangeKind.Other;
    }

    private static SiteChangeKind ClassifyTheme(string[] segments) => segments switch
    {
        ["layouts" or "partials", _, ..] => SiteChangeKind.Template,
        ["i18n", _, ..] => SiteChangeKind.UiStrings,
        ["assets", _, ..] when segments[^1].EndsWith(".css", StringComparison.OrdinalIgnoreCase) => SiteChangeKind.CssAsset,
        ["assets", _, ..] => SiteChangeKind.OtherAsset,
        _ => SiteChangeKind.Other,
    };

    /// <summary>The path's segments below <paramref name="directory"/>, or null when it is not inside it (or is the folder itself).</summary>
    private static string[]? RelativeTo(string directory, string path)
    {
        var root = Normalise(directory).TrimEnd('/');
        var full = Normalise(path);
        if (root.Length == 0 || !full.StartsWith(root + "/", StringComparison.Ordinal))
        {
            return null;
        }
        var segments = full[(root.Length + 1)..].Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length == 0 ? null : segments;
    }

    private static string Normalise(string path) => path.Replace('\\', '/');

    /// <summary>
    /// Hidden files and folders are skipped by the Load stage, so a change to one changes nothing;
    /// editors' temporary files are followed by the change that matters (a rename onto the real name).
    /// </summary>
    private static bool IsNoise(string[] segments)
    {
        if (segments.Any(s => s.StartsWith('.')))
        {
            return true;
        }
        var name = segments[^1];
        return NoiseNames.Contains(name, StringComparer.OrdinalIgnoreCase)
            || NoiseSuffixes.Any(suffix => name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            || name.StartsWith('#') && name.EndsWith('#');
    }
}
