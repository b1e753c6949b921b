using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace PolicySite.Templates;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes unless it is
/// <see cref="RawHtml"/>. Escaping is the rendering layer's default, so a template cannot forget it.
/// </summary>
internal sealed class EscapingTemplateContext : TemplateContext
{
    /// <summary>
    /// A context over <paramref name="builtins"/> (Scriban's <c>string</c>, <c>array</c>, … functions).
    /// Scriban deep-copies its built-in functions for every context made without them, which
    /// costs more than rendering a small page; the render stage makes one set per thread.
    /// </summary>
    public EscapingTemplateContext(ScriptObject builtins)
        : base(builtins)
    {
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case RawHtml raw:
                Write(raw.Html);
                return this;
            default:
                Write(HtmlText.Escape(ObjectToString(textAsObject) ?? ""));
                return this;
        }
    }
}
