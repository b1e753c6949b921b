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
            // Lines are looked at in place; only the few that hold a footnote label become strings.
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
                Scan(span.ToString(), lineNumber, document, definitions, references, diagnostics);
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
    private static void Scan(string line, int lineNumber, SourceDocument document,
        Dictionary<string, (int Line, int Column)> definitions, List<(string Label, int Line, int Column)> references, DiagnosticBag diagnostics)
    {
        var scanFrom = 0;
        if (Definition().Match(line) is { Success: true } definition)
        {
            var label = definition.Groups[1].Value;
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

        foreach (Match reference in Reference().Matches(line, scanFrom))
        {
            references.Add((reference.Groups[1].Value, lineNumber, reference.Index + 1));
        }
    }
}
