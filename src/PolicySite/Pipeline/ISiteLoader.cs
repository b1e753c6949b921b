using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Templates;

namespace PolicySite.Pipeline;

/// <summary>
/// The Load stage as <see cref="SiteBuilder"/> sees it: the content of <c>input/</c> and the
/// parsed theme. <see cref="SiteLoader"/> reads both from disk on every build;
/// <see cref="CachingSiteLoader"/> reuses them while their files are unchanged.
/// </summary>
public interface ISiteLoader
{
    LoadedSite? LoadContent(string inputDirectory, DiagnosticBag diagnostics);

    Theme? LoadTheme(string themeDirectory, DiagnosticBag diagnostics);
}
