using PolicySite.Templates;

namespace PolicySite.Emit;

/// <summary>
/// Stage 5, Emit: gathers every file the site consists of (pages, fingerprinted assets, and
/// what the emitters produce) in a stable order.
/// </summary>
public sealed class EmitSite(IReadOnlyList<IFileEmitter> emitters)
{
    /// <summary>The emitters of every PolicySite site.</summary>
    public static IReadOnlyList<IFileEmitter> DefaultEmitters { get; } =
    [
        new EventCalendarEmitter(),
        new EventFeedEmitter(),
        new SitemapEmitter(),
        new RobotsEmitter(),
        new HeadersEmitter(),
        new RedirectsEmitter(),
        new Search.SearchIndexEmitter(),
    ];

    public EmitSite()
        : this(DefaultEmitters)
    {
    }

    public IReadOnlyList<OutputFile> Run(EmitContext context, Theme theme)
    {
        var files = new List<OutputFile>();
        files.AddRange(context.Pages.Select(p => new OutputFile(p.OutputPath, p.Content, p.SourcePath) { Staged = p.Staged }));
        files.AddRange(theme.Assets.Select(a => new OutputFile(a.OutputPath, a.Content)));
        // The emitters do not depend on each other. Run together, the short ones (sitemap, feeds,
        // headers) take the core that the search index leaves idle in its serial steps; their
        // files are gathered in the emitters' order all the same.
        var emitted = new List<OutputFile>[emitters.Count];
        Parallel.For(0, emitters.Count, i => emitted[i] = emitters[i].Emit(context).ToList());
        foreach (var output in emitted)
        {
            files.AddRange(output);
        }
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }
}
