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
        foreach (var emitter in emitters)
        {
            files.AddRange(emitter.Emit(context));
        }
        return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }
}
