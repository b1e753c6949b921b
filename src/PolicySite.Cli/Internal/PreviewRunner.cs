using System.Diagnostics;
using System.Net;
using PolicySite.Cli.Commands;
using PolicySite.Cli.Internal.Preview;
using PolicySite.Configuration;
using PolicySite.Diagnostics;
using PolicySite.Pipeline;
using Spectre.Console;

namespace PolicySite.Cli.Internal;

/// <summary>What <c>preview</c> does around the server: options, the start-up checks and messages, waiting for Ctrl+C.</summary>
internal sealed class PreviewRunner(IAnsiConsole console)
{
    private readonly PreviewLog _log = new(console.Profile.Out.Writer);

    public async Task<int> RunAsync(PreviewSettings settings, CancellationToken stop)
    {
        if (!BuildClock.TryResolve(settings.Now, Environment.GetEnvironmentVariable("SOURCE_DATE_EPOCH"), () => DateTimeOffset.UtcNow, out var now, out var error))
        {
            _log.Line($"policysite: {error}");
            return PolicySiteApp.BadUsage;
        }
        PreviewSettings.TryParseHost(settings.Host, out var address);

        var options = new PreviewOptions
        {
            // "Now" is fixed for the whole session, so a rebuild differs from the last one only by what was edited.
            Build = new BuildOptions
            {
                InputDirectory = Path.GetFullPath(settings.Input),
                ThemeDirectory = Path.GetFullPath(settings.Theme),
                OutputDirectory = Path.GetFullPath(settings.Output),
                BaseUrl = settings.BaseUrl,
                Strict = settings.Strict,
                Now = now,
            },
            Address = address,
            Port = settings.Port,
            Verbose = settings.Verbose,
        };

        // Nothing to watch and nothing to fix live: fail as build does.
        if (!Directory.Exists(options.Build.InputDirectory))
        {
            _log.Line(new Diagnostic(DiagnosticCodes.InputFolderMissing, DiagnosticSeverity.Error,
                $"the input folder '{settings.Input}' does not exist; run from the site's folder or pass --input").Format());
            return PolicySiteApp.ContentErrors;
        }
        if (!Directory.Exists(options.Build.ThemeDirectory))
        {
            _log.Line(new Diagnostic(DiagnosticCodes.ThemeFolderMissing, DiagnosticSeverity.Error,
                $"the theme folder '{settings.Theme}' does not exist; run from the site's folder or pass --theme").Format());
            return PolicySiteApp.ContentErrors;
        }

        if (!IPAddress.IsLoopback(address))
        {
            _log.Line($"policysite: warning: --host {settings.Host} is not a loopback address: anyone who can reach this machine can read the preview, unpublished drafts included. Use --host 127.0.0.1 to keep it to this machine.");
        }

        PreviewServer server;
        try
        {
            server = await PreviewServer.StartAsync(options, _log, stop);
        }
        catch (PreviewStartException ex)
        {
            _log.Line($"policysite: {ex.Message}");
            return PolicySiteApp.BadUsage;
        }
        catch (OperationCanceledException)
        {
            return PolicySiteApp.Success;
        }

        await using (server)
        {
            // Ctrl+C may already have come during the first build.
            if (!stop.IsCancellationRequested)
            {
                var url = BrowsableUrl(server.Url, address);
                _log.Line($"Serving {url} (live reload on), watching {settings.Input} and {settings.Theme}. Press Ctrl+C to stop.");
                if (settings.Open)
                {
                    OpenBrowser(url);
                }
                try
                {
                    await Task.Delay(Timeout.Infinite, stop);
                }
                catch (OperationCanceledException)
                {
                    // Ctrl+C or SIGTERM: stop cleanly below.
                }
            }
            _log.Line("Stopping…");
        }
        _log.Line("Stopped.");
        return PolicySiteApp.Success;
    }

    /// <summary>A server listening on every address is browsed at localhost.</summary>
    private static Uri BrowsableUrl(Uri url, IPAddress address) =>
        address.Equals(IPAddress.Any) || address.Equals(IPAddress.IPv6Any) ? new UriBuilder(url) { Host = "localhost" }.Uri : url;

    private void OpenBrowser(Uri url)
    {
        try
        {
            Process.Start(new ProcessStartInfo(url.ToString()) { UseShellExecute = true })?.Dispose();
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            _log.Line($"policysite: could not open a browser ({ex.Message}); open {url} yourself.");
        }
    }
}
