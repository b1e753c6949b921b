using PolicySite.Diagnostics;
using PolicySite.Emit;

namespace PolicySite.Pipeline;

/// <summary>What a build did: its diagnostics, the files it produced and whether it succeeded.</summary>
public sealed record BuildResult(
    bool Succeeded,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<OutputFile> Files,
    TimeSpan Elapsed)
{
    public int PageCount => Files.Count(f => f.IsHtml);

    public int ErrorCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
}
