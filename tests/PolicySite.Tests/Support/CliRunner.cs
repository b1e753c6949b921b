using PolicySite.Cli;
using Spectre.Console;

namespace PolicySite.Tests.Support;

/// <summary>Runs the <c>policysite</c> command line in-process and returns its exit code and output.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Output)
    {
        public string[] Lines => Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    public static Result Run(params string[] args)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        var exitCode = PolicySiteApp.Run(args, console);
        return new Result(exitCode, writer.ToString().ReplaceLineEndings("\n"));
    }
}
