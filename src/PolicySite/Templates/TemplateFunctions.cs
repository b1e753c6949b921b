using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PolicySite.Templates;

/// <summary>
/// The functions PolicySite gives templates: <c>t</c> (UI strings), <c>url</c> and
/// <c>asset</c> (links), and <c>include</c>, which renders a partial from the already-parsed
/// theme and returns it as HTML, so that its markup is not escaped a second time.
/// </summary>
internal static class TemplateFunctions
{
    public static ScriptObject Create(Theme theme, SiteUrls urls, string language)
    {
        var strings = theme.Strings.GetValueOrDefault(language) ?? new Dictionary<string, string>();
        var functions = new ScriptObject();

        functions.SetValue("t", new TemplateFunction<string>("key", (context, key) =>
            strings.TryGetValue(key, out var value) ? value : throw new MissingTranslationException(SpanOf(context), key, language)), readOnly: true);

        functions.SetValue("url", new TemplateFunction<string>("relative", (_, relative) => urls.Path(relative)), readOnly: true);

        functions.SetValue("asset", new TemplateFunction<string>("name", (context, name) =>
            theme.AssetPath(name) is { } path
                ? urls.Path(path)
                : throw new ScriptRuntimeException(SpanOf(context), $"asset '{name}' is not in theme/assets/; add it or fix the name")), readOnly: true);

        functions.SetValue("include", new TemplateFunction<RawHtml>("name", (context, name) =>
        {
            if (!theme.Templates.TryGetValue(name, out var partial))
            {
                throw new ScriptRuntimeException(SpanOf(context), $"template '{name}' is not in the theme (looked for theme/{name}.html); include a partial of the theme by its name, e.g. \"partials/pager\"");
            }
            // Counting the depth turns a partial that includes itself into an error, not a stack overflow.
            var node = context.CurrentNode;
            if (node is not null)
            {
                context.EnterRecursive(node);
            }
            try
            {
                return ((EscapingTemplateContext)context).RenderPartial(partial);
            }
            finally
            {
                if (node is not null)
                {
                    context.ExitRecursive(node);
                }
            }
        }), readOnly: true);

        return functions;
    }

    /// <summary>Where in which template the function was called, for error messages.</summary>
    private static SourceSpan SpanOf(TemplateContext context) => context.CurrentNode?.Span ?? default;
}
