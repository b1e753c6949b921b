using System.Text.RegularExpressions;

namespace PolicySite.Tests.Robustness.InvalidInput;

/// <summary>
/// A diagnostic as the command line prints it, read back the way an editor's problem matcher
/// reads it: <c>file(line,column): severity CODE: message</c>, where <c>(line,column)</c> is
/// left out for a whole file.
/// </summary>
public sealed partial record PrintedDiagnostic(string File, int Line, int Column, string Severity, string Code, string Message)
{
    /// <summary>The diagnostics among <paramref name="lines"/>, with paths made relative to <paramref name="root"/>.</summary>
    public static IReadOnlyList<PrintedDiagnostic> Parse(IEnumerable<string> lines, string root) =>
        lines
            .Select(line => Format().Match(line))
            .Where(match => match.Success)
            .Select(match => new PrintedDiagnostic(
                Relative(match.Groups["file"].Value, root),
                match.Groups["line"].Success ? int.Parse(match.Groups["line"].Value) : 0,
                match.Groups["column"].Success ? int.Parse(match.Groups["column"].Value) : 0,
                match.Groups["severity"].Value,
                match.Groups["code"].Value,
                match.Groups["message"].Value))
            .ToList();

    public bool IsAt(ExpectedDiagnostic expected) =>
        Code == expected.Code && Severity == expected.Severity && File == expected.File && Line == expected.Line && Column == expected.Column;

    public override string ToString() => $"{File}({Line},{Column}): {Severity} {Code}: {Message}";

    private static string Relative(string file, string root) =>
        Path.IsPathRooted(file) ? Path.GetRelativePath(root, file).Replace('\\', '/') : file;

    [GeneratedRegex(@"^(?<file>.+?)(\((?<line>\d+)(,(?<column>\d+))?\))?: (?<severity>error|warning|info) (?<code>PS\d{4}): (?<message>.*)$")]
    private static partial Regex Format();
}
