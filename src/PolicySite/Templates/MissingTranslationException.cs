using Scriban.Parsing;
using Scriban.Syntax;

namespace PolicySite.Templates;

/// <summary>A template asked for a UI string that the site's language file does not have.</summary>
internal sealed class MissingTranslationException(SourceSpan span, string key, string language)
    : ScriptRuntimeException(span, $"UI string '{key}' is missing from theme/i18n/{language}.yml; add it there")
{
    public string Key { get; } = key;
}
