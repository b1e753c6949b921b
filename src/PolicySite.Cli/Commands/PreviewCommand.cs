using System.Runtime.InteropServices;
using PolicySite.Cli.Internal;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySite.Cli.Commands;

/// <summary>
/// <c>policysite preview</c>: builds the site, serves it on a local web server, rebuilds on every
/// save and reloads the open pages; build errors show in the page and in the terminal.
/// Runs until Ctrl+C (or SIGTERM), then stops cleanly.
/// </summary>
public sealed class PreviewCommand(IAnsiConsole console) : AsyncCommand<PreviewSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, PreviewSettings settings, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            // Stop cleanly rather than let the runtime kill the process mid-write of output/.
            e.Cancel = true;
            stop.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, signal =>
        {
            signal.Cancel = true;
            stop.Cancel();
        });
        try
        {
            return await new PreviewRunner(console).RunAsync(settings, stop.Token);
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }
}
