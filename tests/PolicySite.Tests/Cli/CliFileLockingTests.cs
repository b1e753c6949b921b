using System.Diagnostics;
using PolicySite.Tests.Stages;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Cli;

/// <summary>
/// The command line takes no advisory file locks (<c>System.IO.DisableFileLocking</c> in its
/// project): a build does not stop at a file that another .NET program holds open exclusively.
/// Run as its own process, because the setting is the command line's, not the test host's.
/// </summary>
public sealed class CliFileLockingTests : IDisposable
{
    private readonly SiteFixture _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Should_build_a_chapter_that_another_program_holds_open_without_sharing()
    {
        _site.Write("input/chapters/01-a.md", SampleContent.ChapterWithNote());
        var chapter = Path.Combine(_site.Input, "chapters", "01-a.md");

        // FileShare.None: with .NET's locks on, the build's read of the file fails as a sharing violation.
        using (new FileStream(chapter, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            var (exitCode, output) = await RunCommandLineAsync(CliArguments.Build(_site));

            Assert.True(exitCode == 0, output);
        }
        var page = _site.Page("chapters/intro/index.html");
        Assert.Contains("Body text with a note.", page.QuerySelector("main .prose")!.TextContent, StringComparison.Ordinal);
    }

    private static async Task<(int ExitCode, string Output)> RunCommandLineAsync(string[] arguments)
    {
        // The test host's own dotnet; the command line's assembly and its runtime settings are copied next to the tests.
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet, ["exec", Path.Combine(AppContext.BaseDirectory, "PolicySite.Cli.dll"), .. arguments])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout + await stderr);
    }
}
