using System.Reflection;
using System.Text.RegularExpressions;
using PolicySite.Diagnostics;
using PolicySite.Tests.Robustness.InvalidInput;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Documentation;

/// <summary>
/// The README's table of diagnostic codes is where a user looks up a code from a CI log: every code
/// has a row with what it means, an example and the fix, and the severity it states is the one the
/// build prints for the catalogue of invalid inputs.
/// </summary>
public sealed partial class DiagnosticCodesReadmeTests
{
    private static readonly IReadOnlyList<string> Codes = typeof(DiagnosticCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToList();

    private static IReadOnlyList<string[]> Rows() =>
        File.ReadAllLines(Path.Combine(RepositoryPaths.Root, "README.md"))
            .Where(line => Row().IsMatch(line))
            .Select(line => Regex.Split(line.Trim().Trim('|'), @"(?<!\\)\|").Select(cell => cell.Trim()).ToArray())
            .ToList();

    [Fact]
    public void Every_code_has_one_row_with_its_meaning_an_example_and_the_fix()
    {
        var rows = Rows();

        foreach (var code in Codes)
        {
            var matching = rows.Where(r => r[0] == code).ToList();
            Assert.True(matching.Count == 1, $"{code} has {matching.Count} rows in the README's table of diagnostic codes; it needs one");
            var row = matching[0];
            Assert.True(row.Length == 5, $"{code}: expected code | severity | what it means | example | how to fix it, got {row.Length} cells");
            Assert.Contains(row[1], new[] { "error", "warning", "info" });
            Assert.All(row.Skip(2), cell => Assert.False(string.IsNullOrWhiteSpace(cell), $"{code} has an empty cell"));
        }
        Assert.Empty(rows.Select(r => r[0]).Except(Codes));
    }

    [Fact]
    public void The_severity_of_each_code_is_the_one_the_build_prints()
    {
        var documented = Rows().ToDictionary(r => r[0], r => r[1]);

        var printed = InvalidInputCase.Names
            .SelectMany(name => InvalidInputCase.ExpectedOf(name).Diagnostics.Select(d => (name, d.Code, d.Severity)))
            .Where(d => documented.GetValueOrDefault(d.Code) != d.Severity)
            .Select(d => $"{d.name}: {d.Code} is printed as {d.Severity}, the README says {documented.GetValueOrDefault(d.Code)}")
            .ToList();

        Assert.True(printed.Count == 0, string.Join("\n", printed));
    }

    [GeneratedRegex(@"^\|\s*PS\d{4}\s*\|")]
    private static partial Regex Row();
}
