using System.Collections.Concurrent;
using PolicySite.Inspect;
using PolicySite.Output;
using PolicySite.Templates;

namespace PolicySite.Pipeline;

/// <summary>
/// The pages of the last build, by output path, with the fingerprint of what each one's layout
/// read (<see cref="RenderFingerprint"/>) and what Inspect read from it. A rebuild renders only
/// the pages whose fingerprint changed: a page depends on its own text, the titles and numbers
/// of the pages it links to or is linked from, the footnote numbers it shows, its part of the
/// contents and the site-wide models, all of which are in its model. A change to the theme
/// empties the cache, since the fingerprint does not cover templates and UI strings.
/// Used by <see cref="IncrementalBuilder"/>; one build at a time.
/// </summary>
public sealed class RenderReuseCache
{
    private Theme? _theme;
    private Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, Entry> _current = new(StringComparer.Ordinal);
    private ConcurrentBag<string> _rendered = [];

    /// <summary>The output paths the last build rendered rather than reused, in ordinal order.</summary>
    public IReadOnlyList<string> LastRendered { get; private set; } = [];

    /// <summary>Starts a build with <paramref name="theme"/>; the returned hook reuses pages and hands the rendered ones to <paramref name="inspector"/>.</summary>
    internal IRenderHook Begin(Theme theme, PageInspector inspector)
    {
        if (!ReferenceEquals(theme, _theme))
        {
            _entries.Clear();
            _theme = theme;
        }
        _current = new ConcurrentDictionary<string, Entry>(StringComparer.Ordinal);
        _rendered = [];
        return new Hook(this, inspector);
    }

    /// <summary>Ends a build whose pages were all rendered or reused: they, with <paramref name="facts"/>, are what the next build may reuse.</summary>
    internal void Complete(SiteFacts facts)
    {
        _entries = _current.ToDictionary(
            e => e.Key,
            e => e.Value with { Facts = facts.Pages.GetValueOrDefault(e.Key) },
            StringComparer.Ordinal);
        LastRendered = _rendered.Order(StringComparer.Ordinal).ToList();
    }

    private sealed record Entry(string Fingerprint, byte[] Content)
    {
        public PageFacts? Facts { get; init; }
    }

    private sealed class Hook(RenderReuseCache cache, PageInspector inspector) : IRenderHook
    {
        public bool Reuses => true;

        public byte[]? Reuse(string outputPath, string fingerprint)
        {
            if (!cache._entries.TryGetValue(outputPath, out var entry) || entry.Fingerprint != fingerprint || entry.Facts is null)
            {
                return null;
            }
            inspector.Reuse(outputPath, entry.Content, entry.Facts);
            cache._current[outputPath] = entry;
            return entry.Content;
        }

        public byte[]? Rendered(string outputPath, string? fingerprint, ReadOnlyMemory<char> html)
        {
            inspector.Inspect(outputPath, html);
            cache._rendered.Add(outputPath);
            var content = Utf8Bytes.Of(html.Span);
            if (fingerprint is not null)
            {
                cache._current[outputPath] = new Entry(fingerprint, content);
            }
            return content;
        }
    }
}
