using System.Diagnostics;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Robustness;

/// <summary><c>scripts/property-tests.sh</c> runs the property tests that exist, with the number of cases they read.</summary>
public sealed class PropertyTestsScriptTests
{
    private static readonly string ScriptPath = Path.Combine(RepositoryPaths.Root, "scripts", "property-tests.sh");

    [Fact]
    public void The_script_passes_its_number_of_cases_in_the_variable_the_property_tests_read()
    {
        var script = File.ReadAllText(ScriptPath);

        Assert.Contains($"export {PropertyRuns.Variable}=\"$cases\"", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_script_runs_the_property_test_class_by_its_full_name()
    {
        var script = File.ReadAllText(ScriptPath);

        Assert.Contains($"FullyQualifiedName~{typeof(RandomInputTests).FullName}\"", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_script_is_valid_bash()
    {
        var bash = new[] { "/bin/bash", "/usr/bin/bash" }.FirstOrDefault(File.Exists);
        if (bash is null)
        {
            // No bash on this machine (Windows without WSL); the text checks above still ran.
            return;
        }
        using var process = Process.Start(new ProcessStartInfo(bash, ["-n", ScriptPath]) { RedirectStandardError = true })!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();

        Assert.True(process.ExitCode == 0, $"bash -n {ScriptPath}: {errors}");
    }
}
