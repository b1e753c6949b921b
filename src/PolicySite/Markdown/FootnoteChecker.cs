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

    public static void Check(SourceDocument document, DiagnosticBag diagnostics)
    {
        var definitions = new Dictionary<string, (int Line, int Column)>(StringComparer.OrdinalIgnoreCase);
        var references = new List<(string Label, int Line, int Column)>();
        var lines = document.Body.Split('\n');
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var lineNumber = document.BodyFirstLine + i;
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal) || line.TrimStart().StartsWith("~~~", StringComparison.Ordinal))
            {
                inFence = !inFence;
                continue;
            }
            if (inFence)
            {
                continue;
            }

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
}
