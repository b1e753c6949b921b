using System.Text.RegularExpressions;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Site;

/// <summary>
/// The seed texts the site publishes, read from the copies in <c>Fixtures/seeds/</c> so that tests
/// never reach outside the repository.
/// </summary>
public static partial class SeedText
{
    /// <summary>The policy document, as converted from PDF.</summary>
    public const string PolicyDocument = "004_7d4edf2a7bed8e17.txt";

    /// <summary>The event notice, as scraped from a Dutch events calendar.</summary>
    public const string EventNotice = "000_2004f7e2a7062fb9.txt";

    public static string[] Lines(string seed) =>
        File.ReadAllText(Path.Combine(RepositoryPaths.Fixtures, "seeds", seed)).ReplaceLineEndings("\n").Split('\n');

    /// <summary>
    /// The seed's sentences once <paramref name="rules"/> have removed what is not content. A seed line
    /// is a paragraph, heading or list item; sentences are split after <c>.</c>, <c>?</c> or <c>!</c>
    /// followed by a space. Whitespace is collapsed; nothing else is normalised (quotes, dashes stay).
    /// </summary>
    public static IReadOnlyList<SeedSentence> Sentences(string seed, IEnumerable<SeedRule> rules)
    {
        var ruleList = rules.ToList();
        var sentences = new List<SeedSentence>();
        var lines = Lines(seed);
        for (var i = 0; i < lines.Length; i++)
        {
            // Trim first: the converter ends hard-broken lines with two spaces, which rules anchored
            // at the end of the line must not have to know about.
            var line = lines[i].Trim();
            foreach (var rule in ruleList)
            {
                line = rule.Apply(line).Trim();
            }
            foreach (var sentence in SentenceEnd().Split(line))
            {
                var text = VisibleText.Collapse(sentence);
                if (text.Length > 0)
                {
                    sentences.Add(new SeedSentence(seed, i + 1, text));
                }
            }
        }
        return sentences;
    }

    [GeneratedRegex(@"(?<=[.?!])\s+")]
    private static partial Regex SentenceEnd();
}
