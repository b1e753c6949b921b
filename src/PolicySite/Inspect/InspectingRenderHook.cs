using PolicySite.Templates;

namespace PolicySite.Inspect;

/// <summary>The render hook of a full build: every page is rendered, and read by the Inspect step as it comes out.</summary>
public sealed class InspectingRenderHook(PageInspector inspector) : IRenderHook
{
    public bool Reuses => false;

    public byte[]? Reuse(string outputPath, string fingerprint) => null;

    public void Rendered(string outputPath, string? fingerprint, string html, byte[] content) => inspector.Inspect(outputPath, html);
}
