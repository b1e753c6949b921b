using PolicySite.Templates.Objectives;
using Scriban;

namespace PolicySite.Templates;

/// <summary>
/// The parsed theme: layouts and partials (parsed once per build), UI strings per language, and
/// assets with their fingerprinted names. Nothing is read from <c>theme/</c> after loading.
/// </summary>
public sealed record Theme(
    string Directory,
    IReadOnlyDictionary<string, Template> Templates,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Strings,
    IReadOnlyList<ThemeAsset> Assets)
{
    /// <summary>The objective themes of <c>theme/objectives.yml</c> (their stylesheet is among <see cref="Assets"/>).</summary>
    public ObjectiveThemeSet ObjectiveThemes { get; init; } = ObjectiveThemeSet.None;

    /// <summary>The text of each template in <see cref="Templates"/>, by the same name (what <see cref="TemplateReads"/> scans).</summary>
    public IReadOnlyDictionary<string, string> Sources { get; init; } = new Dictionary<string, string>();

    public Template? Layout(string name) => Templates.GetValueOrDefault($"layouts/{name}");

    /// <summary>The fingerprinted output path of an asset, by its path under <c>theme/assets/</c>.</summary>
    public string? AssetPath(string name) =>
        Assets.FirstOrDefault(a => a.Name == name)?.OutputPath;
}
