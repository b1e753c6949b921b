namespace PolicySite.Diagnostics;

/// <summary>How serious a diagnostic is. Under <c>--strict</c> warnings fail the build too.</summary>
public enum DiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
