using System.Security.Cryptography;
using Scriban.Runtime;

namespace PolicySite.Templates;

/// <summary>
/// A hash of everything a page's layout reads: its <c>page</c> model, its view of the contents,
/// the parts of the site-wide models its templates read (<see cref="TemplateReads"/>), and the
/// URLs' base and the language the functions use. Templates can read nothing else (the theme's
/// own files aside, which the cache keys on separately), so two renders with one fingerprint
/// write the same page. The models are plain records (<see cref="ModelHasher"/>).
/// </summary>
internal sealed class RenderFingerprint
{
    private readonly IReadOnlyDictionary<string, object?> _globals;
    private readonly string _context;
    private readonly Dictionary<string, string> _parts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _layouts = new(StringComparer.Ordinal);
    private readonly HashSet<string> _readingContents = new(StringComparer.Ordinal);

    /// <param name="globals">The site-wide models by their template names.</param>
    /// <param name="context">What else every page depends on: the URLs' base, the language.</param>
    public RenderFingerprint(IReadOnlyDictionary<string, object?> globals, params string?[] context)
    {
        _globals = globals;
        _context = Hash([.. context]);
    }

    /// <summary>Hashes what <paramref name="layout"/> reads of the site-wide models; call for every layout before <see cref="OfPage"/> (which is called in parallel).</summary>
    public void Prepare(Theme theme, string layout, string baseLayout)
    {
        if (_layouts.ContainsKey(layout))
        {
            return;
        }
        var parts = new List<object?> { _context };
        var reads = TemplateReads.Of(theme, layout, baseLayout);
        if (reads.ContainsKey("contents"))
        {
            _readingContents.Add(layout);
        }
        foreach (var (global, members) in reads.Where(r => r.Key != "contents").OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            var value = _globals.GetValueOrDefault(global);
            if (members is null || value is null || value is ScriptObject || value is System.Collections.IEnumerable)
            {
                parts.Add(Part(global, value));
                continue;
            }
            foreach (var member in members.Order(StringComparer.Ordinal))
            {
                var property = value.GetType().GetProperties().FirstOrDefault(p => StandardMemberRenamer.Default(p) == member);
                // A member the model does not have makes the template fail; hashing the whole model is safe either way.
                parts.Add(property is null ? Part(global, value) : Part($"{global}.{member}", property.GetValue(value)));
            }
        }
        _layouts[layout] = Hash([.. parts]);
    }

    /// <summary>The page's fingerprint; its view of the contents counts only if its layout shows the contents.</summary>
    public string OfPage(string layout, object page, object contents, bool contentsIsPartial) =>
        _readingContents.Contains(layout)
            ? Hash([_layouts[layout], layout, page, contents, contentsIsPartial])
            : Hash([_layouts[layout], layout, page]);

    private string Part(string name, object? value)
    {
        if (!_parts.TryGetValue(name, out var hash))
        {
            _parts[name] = hash = Hash([name, value]);
        }
        return hash;
    }

    private static string Hash(object?[] parts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in parts)
        {
            ModelHasher.Append(hash, part);
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
