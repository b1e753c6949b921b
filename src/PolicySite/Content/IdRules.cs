using System.Text.RegularExpressions;

namespace PolicySite.Content;

/// <summary>
/// What an id may look like. Ids become URL segments and file names, so they are kept to
/// lower-case letters, digits and single hyphens: nothing that could climb out of the output
/// folder or need escaping.
/// </summary>
internal static partial class IdRules
{
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    public static bool IsValid(string id) => IdPattern().IsMatch(id);
}
