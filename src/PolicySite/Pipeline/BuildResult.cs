using PolicySite.Diagnostics;
using PolicySite.Emit;

namespace PolicySite.Pipeline;

/// <summary>What a build did: its diagnostics, the files it produced and whether it succeeded.</summary>
/// <param name="Files">
/// The files a check produced (<c>SiteBuilder.Build(options, write: false)</c>), in memory; empty
/// for a build that wrote them, whose files are in the output folder and never all in memory at once.
/// </param>
public sealed record BuildResult(
    bool Succeeded,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<OutputFile> Files,
    TimeSpan Elapsed)
{
    /// <summary>The output path of every file the build produced (written or checked), relative to the output folder; empty when it failed.</summary>
    public IReadOnlyList<string> Paths { get; init; } = Files.Select(f => f.Path).ToList();

    public int PageCount => Paths.Count(p => p.EndsWith(".html", StringComparison.Ordinal));

    public int ErrorCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);
}
