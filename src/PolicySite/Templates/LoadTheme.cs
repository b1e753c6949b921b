using System.Security.Cryptography;
using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Templates.Objectives;
using Scriban;

namespace PolicySite.Templates;

/// <summary>
/// Loads <c>theme/</c>: parses every layout and partial once (syntax errors at the template's
/// file and line), reads the UI strings and fingerprints the assets. This is the one place that
/// reads the theme folder, and it only ever enumerates inside it.
/// </summary>
public sealed class LoadTheme
{
    public Theme? Run(string themeDirectory, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(themeDirectory))
        {
            diagnostics.Error(DiagnosticCodes.ThemeFolderMissing,
                $"the theme folder '{themeDirectory}' does not exist; run from the site's folder or pass --theme");
            return null;
        }

        var templates = new SortedDictionary<string, Template>(StringComparer.Ordinal);
        var sources = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in new[] { "layouts", "partials" })
        {
            foreach (var path in FilesUnder(Path.Combine(themeDirectory, folder), "*.html"))
            {
                var name = NameOf(themeDirectory, path);
                var text = TextFileReader.Read(path, diagnostics);
                if (text is null)
                {
                    continue;
                }
                var template = Template.Parse(text, path);
                if (template.HasErrors)
                {
                    foreach (var message in template.Messages)
                    {
                        diagnostics.Error(DiagnosticCodes.TemplateSyntax,
                            $"template syntax: {message.Message.TrimEnd('.')}; fix the template",
                            path, message.Span.Start.Line + 1, message.Span.Start.Column + 1);
                    }
                    continue;
                }
                templates[name[..^".html".Length]] = template;
                sources[name[..^".html".Length]] = text;
            }
        }

        var strings = new SortedDictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        foreach (var path in FilesUnder(Path.Combine(themeDirectory, "i18n"), "*.yml"))
        {
            var text = TextFileReader.Read(path, diagnostics);
            if (text is not null && YamlReader.Read<Dictionary<string, string>>(text, path, 1, diagnostics) is { } map)
            {
                strings[Path.GetFileNameWithoutExtension(path)] = map;
            }
        }

        var assets = new List<ThemeAsset>();
        var assetRoot = Path.Combine(themeDirectory, "assets");
        foreach (var path in FilesUnder(assetRoot, "*"))
        {
            var name = Path.GetRelativePath(assetRoot, path).Replace('\\', '/');
            byte[] content;
            try
            {
                content = File.ReadAllBytes(path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Error(DiagnosticCodes.FileUnreadable, $"cannot read the asset: {ex.Message}", path);
                continue;
            }
            assets.Add(new ThemeAsset(name, $"assets/{Fingerprint(name, content)}", content));
        }

        var objectiveThemes = LoadObjectiveThemes.Run(themeDirectory, diagnostics, (name, content) => assets.Add(new ThemeAsset(name, $"assets/{Fingerprint(name, content)}", content)));
        return new Theme(themeDirectory, templates, strings, assets) { ObjectiveThemes = objectiveThemes, Sources = sources };
    }

    private static IEnumerable<string> FilesUnder(string directory, string pattern)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden,
        };
        return Directory.EnumerateFiles(directory, pattern, options).Order(StringComparer.Ordinal);
    }

    private static string NameOf(string themeDirectory, string path) =>
        Path.GetRelativePath(themeDirectory, path).Replace('\\', '/');

    /// <summary><c>css/site.css</c> becomes <c>css/site.3f2a9c1b0d.css</c>: a new name whenever the content changes, so it can be cached forever.</summary>
    private static string Fingerprint(string name, byte[] content)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(content))[..10];
        var extension = Path.GetExtension(name);
        return $"{name[..^extension.Length]}.{hash}{extension}";
    }
}
