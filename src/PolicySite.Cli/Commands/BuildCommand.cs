using PolicySite.Cli.Internal;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySite.Cli.Commands;

/// <summary><c>policysite build</c>: builds the site and swaps it into the output folder.</summary>
public sealed class BuildCommand(IAnsiConsole console) : Command<BuildSettings>
{
    public override int Execute(CommandContext context, BuildSettings settings, CancellationToken cancellationToken) =>
        new BuildRunner(console).Run(settings, settings.Output, write: true);
}
