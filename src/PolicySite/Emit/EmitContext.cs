using PolicySite.Linking;
using PolicySite.Templates;

namespace PolicySite.Emit;

/// <summary>What an emitter may draw on: the linked site, its URLs, the build's now, and the rendered pages.</summary>
public sealed record EmitContext(LinkedSite Site, SiteUrls Urls, DateTimeOffset Now, IReadOnlyList<RenderedPage> Pages)
{
    /// <summary>The site's UI strings, for files readers see in their own programs (calendar names, feed titles).</summary>
    public Func<string, string>? Ui { get; init; }
}
