namespace PolicySite.Tests.Robustness.InvalidInput;

/// <summary>One diagnostic a case must print: where, what, and the words that tell the user what to do.</summary>
public sealed record ExpectedDiagnostic
{
    public required string Code { get; init; }

    /// <summary>error, warning or info.</summary>
    public required string Severity { get; init; }

    /// <summary>Relative to the case folder, with '/', e.g. <c>input/chapters/01-intro.md</c>.</summary>
    public required string File { get; init; }

    /// <summary>1-based; 0 when the diagnostic is about a whole file and the line prints no (line,column).</summary>
    public required int Line { get; init; }

    public required int Column { get; init; }

    /// <summary>Text the message must contain after its "; ": the fix, in the words the user reads.</summary>
    public required string Fix { get; init; }

    public override string ToString() => $"{File}({Line},{Column}): {Severity} {Code} …{Fix}";
}
