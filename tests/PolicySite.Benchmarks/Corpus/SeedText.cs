using System.Text.RegularExpressions;

namespace PolicySite.Benchmarks.Corpus;

/// <summary>
/// The policy document's own sentences and footnote texts, so that generated pages read (and
/// tokenise, and compress) like the real thing. Only prose is kept: the PDF's city wall,
/// headings, list items, page numbers and dead link targets are not, and neither is any sentence
/// with a character that means something in Markdown, so a generated page parses the same in
/// PolicySite's Markdig and in Hugo's Goldmark.
/// </summary>
internal sealed partial class SeedText
{
    private SeedText(IReadOnlyList<string> sentences, IReadOnlyList<string> notes)
    {
        Sentences = sentences;
        Notes = notes;
    }

    /// <summary>Whole sentences, in the order the document has them.</summary>
    public IReadOnlyList<string> Sentences { get; }

    /// <summary>Footnote texts without links, in the order the document has them.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>The policy document as converted from PDF, the copy the tests keep.</summary>
    public static SeedText FromRepository(string repository) =>
        Parse(File.ReadAllText(Path.Combine(repository, "tests", "PolicySite.Tests", "Fixtures", "seeds", "004_7d4edf2a7bed8e17.txt")));

    public static SeedText Parse(string document)
    {
        var sentences = new List<string>();
        var notes = new List<string>();
        foreach (var rawLine in document.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = PageNumber().Replace(rawLine.Trim(), "");
            if (NoteMarker().Match(line) is { Success: true } note)
            {
                var text = line[note.Length..].Trim();
                if (IsPlain(text) && text.Length is >= 30 and <= 400)
                {
                    notes.Add(text);
                }
                continue;
            }
            // Prose paragraphs start with a capital letter; headings, list items and the city wall
            // (one long word per line) do not, or have no sentence end.
            if (line.Length == 0 || !char.IsUpper(line[0]) || !line.Contains(". ", StringComparison.Ordinal))
            {
                continue;
            }
            foreach (var sentence in SentenceBreak().Split(line))
            {
                if (IsPlain(sentence) && sentence.EndsWith('.') && sentence.Length is >= 30 and <= 350 && char.IsUpper(sentence[0]))
                {
                    sentences.Add(sentence);
                }
            }
        }
        if (sentences.Count < 100 || notes.Count < 5)
        {
            throw new InvalidOperationException($"the seed text gave {sentences.Count} sentences and {notes.Count} notes; expected the policy document");
        }
        return new SeedText(sentences, notes);
    }

    /// <summary>No Markdown, HTML or attribute syntax that either renderer could read differently.</summary>
    private static bool IsPlain(string text) => !MarkupCharacter().IsMatch(text);

    [GeneratedRegex(@"^(\|\s*)?\d{1,3}\s*\|\s*")]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"^<sup>\d+</sup>")]
    private static partial Regex NoteMarker();

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[A-Z'‘“])")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"[\[\]<>|#*_`{}~\\^$]")]
    private static partial Regex MarkupCharacter();
}
