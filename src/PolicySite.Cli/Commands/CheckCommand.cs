using PolicySite.Cli.Internal;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySite.Cli.Commands;

/// <summary><c>policysite check</c>: everything a build checks, without writing output.</summary>
public sealed class CheckCommand(IAnsiConsole console) : Command<CheckSettings>
{
    public override int Execute(CommandContext context, CheckSettings settings, CancellationToken cancellationToken) =>
        new BuildRunner(console).Run(settings, output: null, write: false);
}
