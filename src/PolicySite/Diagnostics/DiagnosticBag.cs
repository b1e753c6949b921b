using System.Collections.Concurrent;

namespace PolicySite.Diagnostics;

/// <summary>
/// Collects diagnostics from every stage. Thread-safe, because stages work on pages in parallel;
/// <see cref="Sorted"/> gives them in a stable order so that output does not depend on scheduling.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();

    public void Add(Diagnostic diagnostic) => _items.Enqueue(diagnostic);

    public void Error(string code, string message, string? file = null, int line = 0, int column = 0) =>
        Add(new Diagnostic(code, DiagnosticSeverity.Error, message, file, line, column));

    public void Warning(string code, string message, string? file = null, int line = 0, int column = 0) =>
        Add(new Diagnostic(code, DiagnosticSeverity.Warning, message, file, line, column));

    public void Info(string code, string message, string? file = null, int line = 0, int column = 0) =>
        Add(new Diagnostic(code, DiagnosticSeverity.Info, message, file, line, column));

    public bool HasErrors => _items.Any(d => d.Severity == DiagnosticSeverity.Error);

    public int Count(DiagnosticSeverity severity) => _items.Count(d => d.Severity == severity);

    public IReadOnlyList<Diagnostic> Sorted() =>
        _items
            .Distinct()
            .OrderBy(d => d.File ?? "", StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
