using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Templates;

namespace PolicySite.Pipeline;

/// <summary>
/// The Load stage with a memory: the loaded content and the parsed theme are kept, each keyed by
/// a fingerprint of every file in its folder, and reused (with the diagnostics they produced)
/// while that fingerprint is unchanged. So an edit in <c>input/</c> reparses no template, and a
/// template edit reads no Markdown. The key is the files' bytes, not what a watcher reported, so
/// a missed or mistaken file event can make a rebuild slower but never different.
/// </summary>
/// <remarks>
/// Only what the Load stage returns is kept. It is never changed by later stages (the Link stage
/// changes the Markdown ASTs, which is why the Parse stage is not cached: it runs again on every
/// build, from the cached source text).
/// </remarks>
public sealed class CachingSiteLoader(ISiteLoader inner) : ISiteLoader
{
    private readonly Lock _lock = new();
    private Entry<LoadedSite>? _content;
    private Entry<Theme>? _theme;

    public CachingSiteLoader()
        : this(new SiteLoader())
    {
    }

    /// <summary>How many times the content was actually loaded from disk (not reused).</summary>
    public int ContentLoads { get; private set; }

    /// <summary>How many times the theme was actually loaded and parsed (not reused).</summary>
    public int ThemeLoads { get; private set; }

    /// <summary>The content of the latest load, reused or not.</summary>
    public LoadedSite? LastContent => _content?.Value;

    public LoadedSite? LoadContent(string inputDirectory, DiagnosticBag diagnostics)
    {
        lock (_lock)
        {
            return Load(ref _content, inputDirectory, diagnostics, inner.LoadContent, () => ContentLoads++);
        }
    }

    public Theme? LoadTheme(string themeDirectory, DiagnosticBag diagnostics)
    {
        lock (_lock)
        {
            return Load(ref _theme, themeDirectory, diagnostics, inner.LoadTheme, () => ThemeLoads++);
        }
    }

    private static T? Load<T>(ref Entry<T>? entry, string directory, DiagnosticBag diagnostics, Func<string, DiagnosticBag, T?> load, Action counted)
        where T : class
    {
        // Fingerprint before loading: a file saved in between then only makes the next build miss the cache.
        var fingerprint = FolderFingerprint.Of(directory);
        if (fingerprint is null || entry is null || entry.Fingerprint != fingerprint || entry.Directory != directory)
        {
            var own = new DiagnosticBag();
            var value = load(directory, own);
            counted();
            entry = new Entry<T>(directory, fingerprint, value, own.Sorted());
        }
        foreach (var diagnostic in entry.Diagnostics)
        {
            diagnostics.Add(diagnostic);
        }
        return entry.Value;
    }

    private sealed record Entry<T>(string Directory, string? Fingerprint, T? Value, IReadOnlyList<Diagnostic> Diagnostics);
}
