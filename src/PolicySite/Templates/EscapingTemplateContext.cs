using System.Buffers;
using System.Runtime.CompilerServices;
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
    /// <summary>Where a value that needs escaping is escaped before it is written, used again for each.</summary>
    private readonly ArrayBufferWriter<char> _escaped = new();

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

    /// <summary>Where the page's Markdown body and its partials are rendered; emptied with the page's outputs.</summary>
    public PageBuffers PageBuffers { get; } = new();

    /// <summary>The templates as this build renders them (<see cref="FoldedTemplates"/>); null renders each as parsed.</summary>
    public FoldedTemplates? Folded { get; set; }

    /// <summary>The most characters base.html has added to a page's layout so far: room made for the next page in one piece.</summary>
    public int BaseAddedAtMost { get; set; }

    /// <summary>
    /// Renders <paramref name="template"/> into <paramref name="output"/>: what
    /// <see cref="Template.Render(TemplateContext)"/> does, less turning the output into a string.
    /// </summary>
    public void RenderInto(Template template, HtmlOutput output)
    {
        if ((Folded is null ? template.Page : Folded.PageOf(template)) is not { } page)
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
            if (Evaluate(page) is { } result && EnableOutput)
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

    /// <summary>Renders <paramref name="partial"/> in this context into a buffer of the page's and returns its HTML.</summary>
    public RawHtml RenderPartial(Template partial)
    {
        var output = PageBuffers.Next();
        RenderInto(partial, output);
        return new RawHtml(output);
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case RawHtml { Buffer: { } buffer }:
                WriteHtml(buffer);
                return this;
            case RawHtml raw:
                WriteHtml(raw.Chars);
                return this;
            case HtmlOutput html:
                WriteHtml(html);
                return this;
            default:
                var text = ObjectToString(textAsObject) ?? "";
                if (!HtmlText.NeedsEscaping(text))
                {
                    Write(text);
                    return this;
                }
                // Escaped into a buffer of the context's, not a new string for every value.
                _escaped.ResetWrittenCount();
                HtmlText.EscapeInto(text, _escaped);
                WriteHtml(_escaped.WrittenSpan);
                return this;
        }
    }

    private void WriteHtml(HtmlOutput html)
    {
        foreach (var chunk in html.Written)
        {
            WriteHtml(chunk.Span);
        }
    }

    /// <summary>
    /// Writes HTML held as characters (a layout's output, a partial, a page's body) into a page's
    /// buffer without making a string of it, as Scriban's <see cref="TemplateContext.Write(string)"/>
    /// writes a string: where the template has the value at an indented position (<c>  {{ include … }}</c>),
    /// the indent goes before each line but blank ones.
    /// </summary>
    private void WriteHtml(ReadOnlySpan<char> html)
    {
        if (html.IsEmpty)
        {
            return;
        }
        if (Output is not HtmlOutput target)
        {
            Write(html.ToString());
            return;
        }
        // Scriban's note of whether the text written last ended a line, which decides whether
        // the next text is indented; kept up to date here as its own Write would.
        ref var previousTextWasNewLine = ref PreviousTextWasNewLine(this);
        if (CurrentIndent is not { } indent)
        {
            target.Append(html);
            previousTextWasNewLine = html[^1] == '\n';
            return;
        }
        while (true)
        {
            var end = html.IndexOf('\n');
            if (end < 0)
            {
                if (previousTextWasNewLine)
                {
                    target.Append(indent);
                    previousTextWasNewLine = false;
                }
                target.Append(html);
                return;
            }
            var line = html[..end];
            if (previousTextWasNewLine && (IndentOnEmptyLines || (line.Length != 0 && line is not ['\r'])))
            {
                target.Append(indent);
            }
            target.Append(html[..(end + 1)]);
            previousTextWasNewLine = true;
            html = html[(end + 1)..];
            if (html.IsEmpty)
            {
                return;
            }
        }
    }

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_previousTextWasNewLine")]
    private static extern ref bool PreviousTextWasNewLine(TemplateContext context);
}
