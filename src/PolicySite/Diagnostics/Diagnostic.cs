namespace PolicySite.Diagnostics;

/// <summary>
/// One finding about the input, the theme or the output, with a stable code and, where one
/// exists, the file, line and column it points at (both 1-based).
/// </summary>
public sealed record Diagnostic(
    string Code,
    DiagnosticSeverity Severity,
    string Message,
    string? File = null,
    int Line = 0,
    int Column = 0)
{
    /// <summary>
    /// The canonical compiler format, so that editors and CI annotate the line:
    /// <c>input/chapters/02-objectives.md(14,3): error PS0101: footnote [^x] has no definition</c>.
    /// </summary>
    public string Format(string? relativeTo = null)
    {
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        if (File is null)
        {
            return $"policysite: {severity} {Code}: {Message}";
        }

        var path = DisplayPath(File, relativeTo);
        var location = Line > 0 ? (Column > 0 ? $"({Line},{Column})" : $"({Line})") : "";
        return $"{path}{location}: {severity} {Code}: {Message}";
    }

    /// <inheritdoc />
    public override string ToString() => Format();

    private static string DisplayPath(string file, string? relativeTo)
    {
        if (relativeTo is null || !Path.IsPathRooted(file))
        {
            return file.Replace('\\', '/');
        }

        var relative = Path.GetRelativePath(relativeTo, file);
        // A path outside the working folder reads better absolute than as a chain of "../".
        return (relative.StartsWith("..", StringComparison.Ordinal) ? file : relative).Replace('\\', '/');
    }
}
