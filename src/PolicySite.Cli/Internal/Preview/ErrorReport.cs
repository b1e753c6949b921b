using PolicySite.Diagnostics;

namespace PolicySite.Cli.Internal.Preview;

/// <summary>What the overlay shows when a rebuild failed: a title, a summary line and the diagnostics, each as the terminal prints it.</summary>
internal sealed record ErrorReport(string Title, string Summary, IReadOnlyList<ErrorReport.Entry> Diagnostics)
{
    /// <param name="Location">The file with (line,col), relative to the working folder as in the terminal.</param>
    /// <param name="Severity">error or warning.</param>
    /// <param name="Code">The stable code, e.g. PS0010.</param>
    /// <param name="Message">What is wrong and what to do.</param>
    public sealed record Entry(string Location, string Severity, string Code, string Message);

    public static ErrorReport From(IEnumerable<Diagnostic> diagnostics, string relativeTo, bool hasGoodBuild)
    {
        var entries = diagnostics
            .Where(d => d.Severity != DiagnosticSeverity.Info)
            .Select(d => new Entry(LocationOf(d, relativeTo), d.Severity == DiagnosticSeverity.Error ? "error" : "warning", d.Code, d.Message))
            .ToList();
        var errors = entries.Count(e => e.Severity == "error");
        var warnings = entries.Count - errors;
        var summary = $"{errors} error(s), {warnings} warning(s). "
            + (hasGoodBuild ? "This page is the last good build; it updates by itself once the errors are fixed." : "The site updates by itself once the errors are fixed.");
        return new ErrorReport("PolicySite: the site did not build", summary, entries);
    }

    /// <summary>The location part of the canonical line (<c>input/x.md(3,1)</c>), so the overlay and the terminal say the same.</summary>
    private static string LocationOf(Diagnostic diagnostic, string relativeTo)
    {
        var line = diagnostic.Format(relativeTo);
        var marker = line.IndexOf(": " + (diagnostic.Severity == DiagnosticSeverity.Error ? "error" : "warning") + " " + diagnostic.Code, StringComparison.Ordinal);
        return diagnostic.File is null || marker < 0 ? "policysite" : line[..marker];
    }
}
