using System.Text;
using PolicySite.Templates;

namespace PolicySite.Emit;

/// <summary>
/// Stage 5, Emit: gathers every file the site consists of (pages and fingerprinted assets) in
/// a stable order. Later issues add the search index, sitemap, feeds and calendars here.
/// </summary>
public sealed class EmitSite
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public IReadOnlyList<OutputFile> Run(IReadOnlyList<RenderedPage> pages, Theme theme)
    {
        var files = new List<OutputFile>();
        files.AddRange(pages.Select(p => new OutputFile(p.OutputPath, Utf8.GetBytes(p.Html), p.SourcePath)));
        files.AddRange(theme.Assets.Select(a => new OutputFile(a.OutputPath, a.Content)));
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }
}
