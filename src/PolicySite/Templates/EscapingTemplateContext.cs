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
    /// Outputs for partials, kept between includes: a page includes half a dozen, and a fresh
    /// output for each grew a new buffer every time. One per nesting level in use at once.
    /// </summary>
    private readonly Stack<StringBuilderOutput> _spareOutputs = new();

    /// <summary>
    /// A context over <paramref name="builtins"/> (Scriban's <c>string</c>, <c>array</c>, … functions).
    /// Scriban deep-copies its built-in functions for every context made without them, which
    /// costs more than rendering a small page; the render stage makes one set per thread.
    /// </summary>
    public EscapingTemplateContext(ScriptObject builtins)
        : base(builtins)
    {
    }

    /// <summary>Where this context renders a page's layout; base.html then writes it as <c>content</c>.</summary>
    public HtmlOutput LayoutOutput { get; } = new();

    /// <summary>Where this context renders the whole page (base.html).</summary>
    public HtmlOutput PageOutput { get; } = new();

    /// <summary>
    /// Renders <paramref name="template"/> into <paramref name="output"/>: what
    /// <see cref="Template.Render(TemplateContext)"/> does, less turning the output into a string.
    /// </summary>
    public void RenderInto(Template template, HtmlOutput output)
    {
        if (template.Page is not { } page)
        {
            return;
        }
        PushOutput(output);
        if (template.SourceFilePath is { } path)
        {
            PushSourceFile(path);
        }
        try
        {
            if (Evaluate(page) is { } result)
            {
                Write(page.Span, result);
            }
        }
        finally
        {
            if (template.SourceFilePath is not null)
            {
                PopSourceFile();
            }
            PopOutput();
        }
    }

    /// <summary>Renders <paramref name="partial"/> in this context into an output of its own and returns its HTML.</summary>
    public string RenderPartial(Template partial)
    {
        var output = _spareOutputs.Count > 0 ? _spareOutputs.Pop() : new StringBuilderOutput();
        PushOutput(output);
        try
        {
            return partial.Render(this) ?? "";
        }
        finally
        {
            PopOutput();
            // Render empties the output after a partial that finished; one that threw may have left text behind.
            output.Builder.Clear();
            _spareOutputs.Push(output);
        }
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
            case HtmlOutput html:
                WriteHtml(html.Html.Span);
                return this;
            default:
                Write(HtmlText.Escape(ObjectToString(textAsObject) ?? ""));
                return this;
        }
    }

    /// <summary>
    /// Writes HTML held as characters (a layout's output) without making a string of it, where
    /// Scriban's own <see cref="TemplateContext.Write(string)"/> would copy it as it is: into a
    /// page's buffer, with no indent to put before each line.
    /// </summary>
    private void WriteHtml(ReadOnlySpan<char> html)
    {
        if (html.IsEmpty)
        {
            return;
        }
        if (Output is not HtmlOutput target || !string.IsNullOrEmpty(CurrentIndent))
        {
            Write(html.ToString());
            return;
        }
        target.Append(html[..^1]);
        // Scriban remembers whether the text written last ended a line, to indent the next one;
        // writing the last character through it keeps that as it would be.
        Write(html[^1].ToString());
    }
}
