using PolicySite.Diagnostics;

namespace PolicySite.Templates;

/// <summary>
/// The theme's UI strings in the site's language. A missing key is reported once (PS0204) with
/// the file to add it to, and the key itself stands in so that the build can go on and report more.
/// </summary>
public sealed class UiStrings(Theme theme, string language, DiagnosticBag diagnostics)
{
    private readonly IReadOnlyDictionary<string, string> _strings = theme.Strings.GetValueOrDefault(language) ?? new Dictionary<string, string>();
    private readonly HashSet<string> _reported = [];

    public string LanguageFile => Path.Combine(theme.Directory, "i18n", $"{language}.yml");

    public bool HasLanguage => theme.Strings.ContainsKey(language);

    public string Get(string key)
    {
        if (_strings.TryGetValue(key, out var value))
        {
            return value;
        }
        lock (_reported)
        {
            // Without a file for the language every key is missing: one error about the file says it all.
            if (!HasLanguage)
            {
                if (_reported.Add(""))
                {
                    diagnostics.Error(DiagnosticCodes.TranslationMissing, NoLanguageMessage(language), LanguageFile);
                }
            }
            else if (_reported.Add(key))
            {
                diagnostics.Error(DiagnosticCodes.TranslationMissing,
                    $"UI string '{key}' is missing from theme/i18n/{language}.yml; add it there", LanguageFile);
            }
        }
        return key;
    }

    /// <summary>The theme has no <c>theme/i18n/&lt;language&gt;.yml</c> at all.</summary>
    public static string NoLanguageMessage(string language) =>
        $"the theme has no UI strings for language '{language}'; add theme/i18n/{language}.yml or change language in site.yml";
}
