using System.Text.RegularExpressions;

namespace PolicySite.Configuration;

/// <summary>
/// The rules for the values of <c>site.yml</c> (and their command-line overrides) that end up in
/// URLs, file names and the host's files rather than in text, where anything else would break them.
/// </summary>
public static partial class SiteConfigRules
{
    /// <summary>
    /// An absolute http(s) URL (which <see cref="Uri"/> normalises and escapes), or a path of plain
    /// segments such as <c>/policy/</c>: the path goes unchanged into every link, <c>_headers</c> and
    /// <c>_redirects</c>, where a space or a quote would end it.
    /// </summary>
    public static bool IsBaseUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? string.IsNullOrEmpty(absolute.Query) && string.IsNullOrEmpty(absolute.Fragment)
            : BasePath().IsMatch(value);

    /// <summary>A language tag such as <c>en</c>, <c>nl</c> or <c>pt-BR</c>: it names <c>theme/i18n/&lt;language&gt;.yml</c> and goes into <c>&lt;html lang&gt;</c>.</summary>
    public static bool IsLanguage(string value) => LanguageTag().IsMatch(value);

    // Segments of unreserved characters that do not start with a dot, so neither "." nor "..".
    [GeneratedRegex(@"^/?([A-Za-z0-9_~-][A-Za-z0-9._~-]*/)*([A-Za-z0-9_~-][A-Za-z0-9._~-]*)?$")]
    private static partial Regex BasePath();

    [GeneratedRegex(@"^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial Regex LanguageTag();
}
