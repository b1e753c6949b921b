namespace PolicySite.Tests.Robustness.InvalidInput;

/// <summary>
/// A case's <c>expected.yml</c>: how to run it (extra arguments, theme files to remove, a file to
/// make unreadable) and what the user must see (the exit code and every diagnostic).
/// tests/fixtures/invalid/README.md describes the keys.
/// </summary>
public sealed record ExpectedOutcome
{
    /// <summary>Arguments after <c>build --input … --theme … --output … --now …</c>, e.g. <c>--strict</c>.</summary>
    public List<string> Args { get; init; } = [];

    /// <summary>Theme files, relative to <c>theme/</c>, deleted from the copy of the repository's theme.</summary>
    public List<string> ThemeRemove { get; init; } = [];

    /// <summary>A file, relative to the case, whose permissions are set to 000 before the build.</summary>
    public string? MakeUnreadable { get; init; }

    public required int Exit { get; init; }

    /// <summary>Every diagnostic the build prints, no more and no fewer.</summary>
    public List<ExpectedDiagnostic> Diagnostics { get; init; } = [];
}
