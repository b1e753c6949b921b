namespace PolicySite.Templates;

/// <summary>
/// What the render stage does with each page besides rendering it. Every build hands each page's
/// HTML to the Inspect step here, while the text is still in hand; the preview's rebuilds also
/// reuse a page whose inputs are the same as in the build before (<see cref="Pipeline.RenderReuseCache"/>).
/// Called from the rendering threads.
/// </summary>
public interface IRenderHook
{
    /// <summary>Whether this hook reuses pages: only then does the render stage fingerprint what each page reads.</summary>
    bool Reuses { get; }

    /// <summary>The bytes of the page rendered earlier at <paramref name="outputPath"/> from inputs with <paramref name="fingerprint"/>, or null to render it.</summary>
    byte[]? Reuse(string outputPath, string fingerprint);

    /// <summary>
    /// A page was rendered; <paramref name="fingerprint"/> is null when <see cref="Reuses"/> is false.
    /// Returns the page's UTF-8 bytes for the stages after Render, or null when the hook has placed
    /// the page in the build's staging folder itself: the render stage then keeps only its path.
    /// <paramref name="html"/> is the rendering thread's buffer, which holds the next page once this returns.
    /// </summary>
    byte[]? Rendered(string outputPath, string? fingerprint, ReadOnlyMemory<char> html);
}
