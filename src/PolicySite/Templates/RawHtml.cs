namespace PolicySite.Templates;

/// <summary>
/// HTML that the build itself rendered (a page's Markdown body, an included partial). It is the
/// only kind of value a template writes without escaping.
/// </summary>
public sealed record RawHtml
{
    private readonly string? _html;

    /// <summary>HTML rendered into one of the page's buffers (<see cref="PageBuffers"/>), written from there without a string of it.</summary>
    private readonly HtmlOutput? _buffer;

    public RawHtml(string html) => _html = html;

    /// <summary>The HTML in <paramref name="buffer"/>: valid while the page it was rendered for is being rendered.</summary>
    internal RawHtml(HtmlOutput buffer) => _buffer = buffer;

    public string Html => _html ?? _buffer!.ToString();

    /// <summary>The page's buffer it was rendered into, if it was: written from there chunk by chunk.</summary>
    internal HtmlOutput? Buffer => _buffer;

    /// <summary>The HTML's characters, without making a string of them.</summary>
    internal ReadOnlySpan<char> Chars => _html is not null ? _html.AsSpan() : _buffer!.Html.Span;

    public bool Equals(RawHtml? other) => other is not null && Chars.SequenceEqual(other.Chars);

    public override int GetHashCode() => string.GetHashCode(Chars);

    public override string ToString() => Html;
}
