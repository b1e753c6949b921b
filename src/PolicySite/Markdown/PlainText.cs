using System.Text;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax.Inlines;

namespace PolicySite.Markdown;

/// <summary>The visible text of inline Markdown, without markup or note references (for headings, titles and search).</summary>
internal static class PlainText
{
    public static string Of(ContainerInline? inline)
    {
        if (inline is null)
        {
            return "";
        }
        var text = new StringBuilder();
        Append(inline, text);
        return text.ToString().Trim();
    }

    private static void Append(Inline inline, StringBuilder text)
    {
        switch (inline)
        {
            case FootnoteLink:
                return;
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                return;
            case CodeInline code:
                text.Append(code.Content);
                return;
            case LineBreakInline:
                text.Append(' ');
                return;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, text);
                }
                return;
        }
    }
}
