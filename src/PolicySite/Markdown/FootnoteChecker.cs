using System.Text.RegularExpressions;
using PolicySite.Content;
using PolicySite.Diagnostics;

namespace PolicySite.Markdown;

/// <summary>
/// Checks a page's footnote labels in its source text. Markdig silently drops a definition
/// nobody cites, renders a reference without definition as text and lets a second definition
/// win, so those three mistakes are found here, at their line and column.
/// </summary>
internal static partial class FootnoteChecker
{
    [GeneratedRegex(@"^\[\^([^\]\s]+)\]:")]
    private static partial Regex Definition();

    [GeneratedRegex(@"\[\^([^\]\s]+)\](?!:)")]
    private static partial Regex Reference();

    public static void Check(SourceDocument document, DiagnosticBag diagnostics) => Check(document, document.Body, diagnostics);

    /// <summary>Checks <paramref name="body"/>, the <paramref name="document"/>'s text as the caller has already decoded it.</summary>
    public static void Check(SourceDocument document, string body, DiagnosticBag diagnostics)
    {
        var definitions = new Dictionary<string, (int Line, int Column)>(StringComparer.OrdinalIgnoreCase);
        var references = new List<(string Label, int Line, int Column)>();
        var inFence = false;
        var rest = body.AsSpan();
        for (var i = 0; ; i++)
        {
            // Lines are looked at in place; only the labels become strings (a line is a whole
            // paragraph, and those that cite a note were 21 MiB of strings at 5,000 pages).
            var end = rest.IndexOf('\n');
            var span = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 1)..];
            var lineNumber = document.BodyFirstLine + i;
            var trimmed = span.TrimStart();
            if (trimmed.StartsWith("```", StringComparison.Ordinal) || trimmed.StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
            }
            else if (!inFence && span.Contains("[^", StringComparison.Ordinal))
            {
                Scan(span, lineNumber, document, definitions, references, diagnostics);
            }
            if (end < 0)
            {
                break;
            }
        }

        var cited = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (label, line, column) in references)
        {
            cited.Add(label);
            if (!definitions.ContainsKey(label))
            {
                diagnostics.Error(DiagnosticCodes.FootnoteUndefined,
                    $"footnote [^{label}] has no definition; add a line '[^{label}]: text' on this page",
                    document.Path, line, column);
            }
        }
        foreach (var (label, (line, column)) in definitions)
        {
            if (!cited.Contains(label))
            {
                diagnostics.Error(DiagnosticCodes.FootnoteUnused,
                    $"footnote [^{label}] is defined but never cited; cite it with [^{label}] or remove the definition",
                    document.Path, line, column);
            }
        }
    }

    /// <summary>Records the definition a line starts with, if any, and every reference on it.</summary>
    private static void Scan(ReadOnlySpan<char> line, int lineNumber, SourceDocument document,
        Dictionary<string, (int Line, int Column)> definitions, List<(string Label, int Line, int Column)> references, DiagnosticBag diagnostics)
    {
        var scanFrom = 0;
        // A match on a span has no groups; the label is what the brackets hold: "[^" label "]:" and
        // "[^" label "]". A line starts with one definition at most (the pattern is anchored).
        foreach (var definition in Definition().EnumerateMatches(line))
        {
            var label = line.Slice(definition.Index + 2, definition.Length - 4).ToString();
            if (definitions.TryGetValue(label, out var first))
            {
                diagnostics.Error(DiagnosticCodes.FootnoteDuplicate,
                    $"footnote [^{label}] is defined twice (first on line {first.Line}); remove or rename one definition",
                    document.Path, lineNumber, 1);
            }
            else
            {
                definitions[label] = (lineNumber, 1);
            }
            scanFrom = definition.Length;
        }

        foreach (var reference in Reference().EnumerateMatches(line[scanFrom..]))
        {
            var index = scanFrom + reference.Index;
            references.Add((line.Slice(index + 2, reference.Length - 3).ToString(), lineNumber, index + 1));
        }
    }
}
