using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Templates;

namespace PolicySite.Pipeline;

/// <summary>The Load stage as it is: <see cref="Content.LoadContent"/> and <see cref="Templates.LoadTheme"/>, from disk, every build.</summary>
public sealed class SiteLoader : ISiteLoader
{
    private readonly LoadContent _loadContent = new();
    private readonly LoadTheme _loadTheme = new();

    public LoadedSite? LoadContent(string inputDirectory, DiagnosticBag diagnostics) => _loadContent.Run(inputDirectory, diagnostics);

    public Theme? LoadTheme(string themeDirectory, DiagnosticBag diagnostics) => _loadTheme.Run(themeDirectory, diagnostics);
}
