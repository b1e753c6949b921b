using System.Reflection;
using System.Text.RegularExpressions;
using PolicySite.Diagnostics;
using PolicySite.Tests.Stages;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Robustness.InvalidInput;

/// <summary>
/// The catalogue of bad inputs, <c>tests/fixtures/invalid/&lt;case&gt;/</c>, run through the real
/// <c>policysite build</c>. Given a case and an output folder a previous build left, when it is
/// built, then the command exits with the expected code; prints every expected diagnostic at its
/// file, line and column, with a message that says what to do, and no other; prints no stack
/// trace or .NET type name; and leaves the previous output byte for byte as it was unless the
/// build succeeded, in which case the new site replaced it.
/// </summary>
public sealed partial class InvalidInputCatalogueTests
{
    /// <summary>Codes no case folder can show, and where they are tested instead.</summary>
    private static readonly Dictionary<string, string> CodesWithoutACase = new()
    {
        [DiagnosticCodes.InputFolderMissing] = "a case is a site; the missing folder is tested by PreviewCliTests",
        [DiagnosticCodes.ThemeFolderMissing] = "every case has a theme; LoadThemeTests",
        [DiagnosticCodes.OutputWriteFailed] = "needs a disk that fails; AtomicOutputWriterTests",
    };

    public static TheoryData<string> Cases => new(InvalidInputCase.Names);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Should_exit_as_expected_print_each_located_diagnostic_with_its_fix_and_keep_the_previous_output_of_a_failed_build(string name)
    {
        using var site = new InvalidInputCase(name);
        var expected = site.Expected;
        if (expected.MakeUnreadable is not null && !site.IsUnreadable)
        {
            // Running as root: the file could still be read, the rest of the case is a valid
            // site, so the build must succeed. As any other user the expectations below apply.
            expected = expected with { Exit = 0, Diagnostics = [] };
        }
        var before = OutputSnapshot.Take(site.Output);

        var (result, console) = ConsoleCapture.Run(() => CliRunner.Run(site.Arguments));

        var everything = result.Output + console;
        Assert.True(result.ExitCode == expected.Exit, $"{name}: exit code {result.ExitCode}, expected {expected.Exit}\n{everything}");
        AssertDiagnostics(name, expected.Diagnostics, PrintedDiagnostic.Parse(result.Lines, site.Root), everything);
        AssertNoStackTrace(name, everything);
        Assert.True(console.Length == 0, $"{name}: the build wrote to the process's console behind the command's back:\n{console}");
        if (expected.Exit == 0)
        {
            Assert.False(File.Exists(Path.Combine(site.Output, PreviousOutput.Sentinel)), $"{name}: the build succeeded but did not replace the previous output");
            Assert.True(File.Exists(Path.Combine(site.Output, "index.html")), $"{name}: the build succeeded but wrote no home page");
        }
        else
        {
            before.AssertUnchanged();
        }
        Assert.Empty(Directory.GetDirectories(site.Root, ".output.*"));
    }

    [Fact]
    public void Should_have_a_case_with_errors_in_at_least_three_files_of_one_build()
    {
        var expected = InvalidInputCase.ExpectedOf("several-errors");

        var files = expected.Diagnostics.Where(d => d.Severity == "error").Select(d => d.File).Distinct().ToList();

        Assert.True(files.Count >= 3, $"several-errors has errors in {files.Count} files");
    }

    [Fact]
    public void Should_have_a_case_for_every_diagnostic_code_a_site_can_cause()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Where(code => !CodesWithoutACase.ContainsKey(code));
        var covered = InvalidInputCase.Names
            .SelectMany(name => InvalidInputCase.ExpectedOf(name).Diagnostics)
            .Select(d => d.Code)
            .ToHashSet(StringComparer.Ordinal);

        var without = codes.Where(code => !covered.Contains(code)).ToList();
        Assert.True(without.Count == 0, $"codes without a case in tests/fixtures/invalid: {string.Join(", ", without)}");
    }

    private static void AssertDiagnostics(string name, IReadOnlyList<ExpectedDiagnostic> expected, IReadOnlyList<PrintedDiagnostic> printed, string output)
    {
        var unmatched = printed.ToList();
        var missing = new List<ExpectedDiagnostic>();
        foreach (var want in expected)
        {
            var match = unmatched.FirstOrDefault(p => p.IsAt(want));
            if (match is null)
            {
                missing.Add(want);
                continue;
            }
            unmatched.Remove(match);
            // The message is "what is wrong; what to do": the fix comes after the first "; ".
            var separator = match.Message.IndexOf("; ", StringComparison.Ordinal);
            Assert.True(separator > 0 && match.Message.IndexOf(want.Fix, separator, StringComparison.Ordinal) > separator,
                $"{name}: the message of {match.Code} does not end in what to do (\"…; {want.Fix}\"):\n{match.Message}");
        }
        Assert.True(missing.Count == 0 && unmatched.Count == 0,
            $"{name}:\nexpected but not printed:\n  {string.Join("\n  ", missing)}\nprinted but not expected:\n  {string.Join("\n  ", unmatched)}\noutput:\n{output}");
    }

    private static void AssertNoStackTrace(string name, string output)
    {
        Assert.False(output.Contains("   at ", StringComparison.Ordinal), $"{name}: a stack trace was printed:\n{output}");
        Assert.False(output.Contains("internal error", StringComparison.Ordinal), $"{name}: an internal error was printed:\n{output}");
        Assert.False(DotNetTypeName().IsMatch(output), $"{name}: a .NET type name was printed:\n{output}");
    }

    /// <summary>What an exception leaks: <c>System.IO.IOException</c>, <c>YamlDotNet.Core.YamlException</c>, <c>NullReferenceException</c>.</summary>
    [GeneratedRegex(@"\bSystem\.[A-Z]|\b[A-Z]\w*Exception\b|\bYamlDotNet\.|\bScriban\.|\bMarkdig\.")]
    private static partial Regex DotNetTypeName();
}
