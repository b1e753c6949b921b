namespace PolicySite.Templates;

/// <summary>
/// HTML that the build itself rendered (a page's Markdown body, an included partial). It is the
/// only kind of value a template writes without escaping.
/// </summary>
public sealed record RawHtml(string Html)
{
    public override string ToString() => Html;
}
