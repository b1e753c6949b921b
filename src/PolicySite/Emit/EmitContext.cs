using PolicySite.Inspect;
using PolicySite.Linking;
using PolicySite.Templates;

namespace PolicySite.Emit;

/// <summary>What an emitter may draw on: the linked site, its URLs, the build's now, and the rendered pages.</summary>
public sealed record EmitContext(LinkedSite Site, SiteUrls Urls, DateTimeOffset Now, IReadOnlyList<RenderedPage> Pages)
{
    /// <summary>The site's UI strings, for files readers see in their own programs (calendar names, feed titles).</summary>
    public Func<string, string>? Ui { get; init; }

    /// <summary>
    /// Where a build that writes places files as they are made (<see cref="Output.OutputStaging"/>):
    /// an emitter of many files (the search index's shards) places each there and returns it
    /// <see cref="OutputFile.Staged"/>, so that their bytes are not all held until the end.
    /// </summary>
    public Output.OutputStaging? Staging { get; init; }

    private readonly Lock _factsLock = new();
    private SiteFacts? _facts;

    /// <summary>
    /// What each rendered page holds (robots meta, search sections, ids and links), read once.
    /// The build sets it; a context made without it reads the pages on first use, once, though
    /// the emitters that ask for it run in parallel (<see cref="EmitSite"/>).
    /// </summary>
    public SiteFacts Facts
    {
        get
        {
            if (Volatile.Read(ref _facts) is { } facts)
            {
                return facts;
            }
            lock (_factsLock)
            {
                return _facts ??= new InspectPages().Run(Pages, Site, Urls, Ui ?? throw new InvalidOperationException("reading the pages needs the site's UI strings; set EmitContext.Ui"));
            }
        }
        init => _facts = value;
    }
}
