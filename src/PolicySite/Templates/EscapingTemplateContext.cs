using Scriban;
using Scriban.Parsing;

namespace PolicySite.Templates;

/// <summary>
/// A Scriban context that HTML-escapes every value a template writes unless it is
/// <see cref="RawHtml"/>. Escaping is the rendering layer's default, so a template cannot forget it.
/// </summary>
internal sealed class EscapingTemplateContext : TemplateContext
{
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
