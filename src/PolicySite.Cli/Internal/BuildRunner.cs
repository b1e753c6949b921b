using PolicySite.Configuration;
using PolicySite.Diagnostics;
using PolicySite.Pipeline;
using PolicySite.Cli.Commands;
using Spectre.Console;

namespace PolicySite.Cli.Internal;

/// <summary>What <c>build</c> and <c>check</c> share: options to a build, progress, diagnostics and the summary.</summary>
internal sealed class BuildRunner(IAnsiConsole console)
{
    /// <summary>Writes one whole line: diagnostics must never be wrapped at the terminal's width, or editors and CI cannot read them.</summary>
    private void Line(string text) => console.Profile.Out.Writer.WriteLine(text);

    public int Run(SiteSettings settings, string? output, bool write)
    {
        if (!BuildClock.TryResolve(settings.Now, Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), () => DateTimeOffset.UtcNow, out var now, out var error))
        {
            Line($"policysite: {error}");
            return PolicySiteApp.BadUsage;
        }

        var options = new BuildOptions
        {
            InputDirectory = Path.GetFullPath(settings.Input),
            ThemeDirectory = Path.GetFullPath(settings.Theme),
            OutputDirectory = Path.GetFullPath(output ?? "output"),
            BaseUrl = settings.BaseUrl,
            Strict = settings.Strict,
            Now = now,
        };

        // With --verbose, where the build's time went: printed before the summary.
        var timings = settings.Verbose ? new StageTimings() : null;
        var builder = new SiteBuilder { StageDone = timings is null ? null : timings.Done };
        BuildResult result;
        if (console.Profile.Capabilities.Interactive)
        {
            result = console.Status().Start(write ? "Building…" : "Checking…", _ => builder.Build(options, write));
        }
        else
        {
            Line(write ? $"Building {settings.Input} with {settings.Theme} into {output}" : $"Checking {settings.Input} with {settings.Theme}");
            result = builder.Build(options, write);
        }

        var cwd = Environment.CurrentDirectory;
        foreach (var diagnostic in result.Diagnostics)
        {
            if (diagnostic.Severity != DiagnosticSeverity.Info || settings.Verbose || !write)
            {
                Line(diagnostic.Format(cwd));
            }
        }

        if (timings is not null)
        {
            Line(timings.Summary());
        }
        var counts = $"{result.ErrorCount} error(s), {result.WarningCount} warning(s)";
        var seconds = $"{result.Elapsed.TotalSeconds:0.00} s";
        if (result.Succeeded)
        {
            Line(write
                ? $"Built {result.PageCount} pages ({result.Paths.Count} files) into {output} in {seconds}: {counts}."
                : $"Checked {result.PageCount} pages in {seconds}: {counts}.");
            return PolicySiteApp.Success;
        }

        var strictNote = result.ErrorCount == 0 && settings.Strict ? " (warnings fail the build under --strict)" : "";
        Line(write
            ? $"Build failed{strictNote}: {counts}. {output} was left unchanged."
            : $"Check failed{strictNote}: {counts}.");
        return PolicySiteApp.ContentErrors;
    }
}
