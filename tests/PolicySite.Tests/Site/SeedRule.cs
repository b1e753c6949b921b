using System.Text.RegularExpressions;

namespace PolicySite.Tests.Site;

/// <summary>
/// One thing in a seed text that is not content a reader should find on the site: a conversion
/// artefact, or the Markdown syntax the converter wrote. Applied to each line of the seed as a
/// regex replacement; a line that becomes empty is skipped. <paramref name="Reason"/> is there so a
/// reviewer can judge every exception the fidelity test makes.
/// </summary>
public sealed record SeedRule(string Name, string Reason, Regex Pattern, string Replacement = "")
{
    public SeedRule(string name, string reason, string pattern, string replacement = "")
        : this(name, reason, new Regex(pattern, RegexOptions.CultureInvariant), replacement)
    {
    }

    public string Apply(string line) => Pattern.Replace(line, Replacement);
}
