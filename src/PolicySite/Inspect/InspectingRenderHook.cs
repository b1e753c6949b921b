using PolicySite.Output;
using PolicySite.Templates;

namespace PolicySite.Inspect;

/// <summary>
/// The render hook of a full build: every page is rendered, read by the Inspect step as it comes
/// out and, when the build writes, placed in its staging folder at once, so that no page's bytes
/// are held until the end (on a 5,000-page site they were ~95 MiB that every collection moved).
/// </summary>
public sealed class InspectingRenderHook(PageInspector inspector, OutputStaging? staging = null) : IRenderHook
{
    public bool Reuses => false;

    public byte[]? Reuse(string outputPath, string fingerprint) => null;

    public bool Rendered(string outputPath, string? fingerprint, string html, byte[] content)
    {
        inspector.Inspect(outputPath, html);
        staging?.Place(outputPath, content);
        return staging is not null;
    }
}
