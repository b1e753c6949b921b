using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PolicySite.Diagnostics;
using PolicySite.Output;
using PolicySite.Pipeline;

namespace PolicySite.Cli.Internal.Preview;

/// <summary>
/// <c>policysite preview</c>, in the order it runs: listen (Kestrel); build the site; serve the
/// last good build from memory (and write it to the output folder, atomically); watch input/ and
/// theme/; after each burst of changes, rebuild (<see cref="IncrementalBuilder"/>) on one worker,
/// swap the served build in whole, and tell the open pages: reload, swap the stylesheet, show the
/// errors, or clear them. A failed rebuild changes nothing that is served.
/// </summary>
internal sealed class PreviewServer : IAsyncDisposable
{
    private static readonly TimeSpan PingInterval = TimeSpan.FromSeconds(15);

    private readonly PreviewOptions _options;
    private readonly PreviewLog _log;
    private readonly IncrementalBuilder _builder;
    private readonly LiveReloadHub _hub;
    private readonly Channel<ChangeBatch> _changes = Channel.CreateUnbounded<ChangeBatch>(new UnboundedChannelOptions { SingleReader = true });
    private readonly string _nonce = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
    private volatile ServedSite _current;
    private int _generation;
    private bool _failing;
    private WebApplication? _app;
    private SiteWatcher? _watcher;
    private Task? _worker;
    private Timer? _ping;

    private PreviewServer(PreviewOptions options, PreviewLog log)
    {
        _options = options;
        _log = log;
        _builder = new IncrementalBuilder(options.Build);
        _current = ServedSite.Placeholder(NextBuildId());
        _hub = new LiveReloadHub(_current.BuildId);
    }

    /// <summary>Where the site is served (the address actually bound, with the port the system picked for port 0).</summary>
    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    /// <summary>What is served right now.</summary>
    public ServedSite Current => _current;

    /// <summary>Whether the first build succeeded (otherwise a placeholder is served until one does).</summary>
    public bool HasSite => _current.HasSite;

    /// <summary>Raised on the rebuild worker after each rebuild, once open pages were told and the output written.</summary>
    public event Action<RebuildReport>? Rebuilt;

    /// <summary>Starts listening, builds, and starts watching. Throws <see cref="PreviewStartException"/> when it cannot listen.</summary>
    public static async Task<PreviewServer> StartAsync(PreviewOptions options, PreviewLog log, CancellationToken cancellationToken)
    {
        var server = new PreviewServer(options, log);
        try
        {
            // Listen first: a taken port is reported at once, before a build that would write output/.
            await server.ListenAsync(cancellationToken);
            server.BuildFirst();
            server.Watch();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        _changes.Writer.TryComplete();
        if (_ping is not null)
        {
            await _ping.DisposeAsync();
        }
        if (_worker is not null)
        {
            await _worker;
        }
        _hub.Close();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        _hub.Dispose();
    }

    private void BuildFirst()
    {
        var options = _options.Build;
        _log.Line($"Building {Display(options.InputDirectory)} with {Display(options.ThemeDirectory)}…");
        var result = _builder.Build();
        PrintDiagnostics(result.Build);
        var counts = Counts(result.Build);
        if (!result.Succeeded)
        {
            _failing = true;
            _hub.Failed(ErrorReport.From(result.Build.Diagnostics, _options.WorkingDirectory, hasGoodBuild: false));
            _log.Line($"Build failed: {counts}. The preview shows the errors until they are fixed.");
            return;
        }

        _current = ServedSite.From(result.Build.Files, result.BasePath, NextBuildId());
        // A page opened during the first build got the placeholder: it reloads into the site.
        _hub.Published(_current.BuildId, LiveReloadEvent.Reload(_current.BuildId, []), recovered: false);
        var written = Write(result.Build);
        _log.Line($"Built {result.Build.PageCount} pages ({result.Build.Files.Count} files) in {result.Build.Elapsed.TotalSeconds:0.00} s: {counts}."
            + (written ? $" Written to {Display(options.OutputDirectory)}." : ""));
    }

    private async Task ListenAsync(CancellationToken cancellationToken)
    {
        // The empty builder: no configuration files, no environment overrides, no logging to the
        // console, no static-file provider that could read the disk. Only the handler below.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Listen(_options.Address, _options.Port);
        });
        // Open event streams end when the hub closes; nothing else should hold up Ctrl+C.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(2));
        var app = builder.Build();
        var handler = new PreviewRequestHandler(() => _current, _hub, IPAddress.IsLoopback(_options.Address));
        app.Run(handler.HandleAsync);

        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (Exception ex) when (BindFailure(ex) is { } message)
        {
            await app.DisposeAsync();
            throw new PreviewStartException(message, ex);
        }
        _app = app;

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? $"http://{_options.Address}:{_options.Port}";
        Url = new Uri(address.EndsWith('/') ? address : address + "/");
    }

    private string? BindFailure(Exception ex)
    {
        var endpoint = _options.Address.AddressFamily == AddressFamily.InterNetworkV6 ? $"[{_options.Address}]:{_options.Port}" : $"{_options.Address}:{_options.Port}";
        var socket = ex as SocketException ?? ex.InnerException as SocketException;
        if (ex is AddressInUseException || ex.InnerException is AddressInUseException || socket?.SocketErrorCode == SocketError.AddressAlreadyInUse)
        {
            var next = _options.Port is > 0 and < 65535 ? _options.Port + 1 : 5081;
            return $"cannot listen on {endpoint}: the port is already in use (is another preview running?). Stop the other server, or pick another port: policysite preview --port {next}";
        }
        if (socket?.SocketErrorCode == SocketError.AddressNotAvailable)
        {
            return $"cannot listen on {endpoint}: {_options.Address} is not an address of this machine. Use --host 127.0.0.1 (this machine only) or an address it has";
        }
        if (socket?.SocketErrorCode == SocketError.AccessDenied)
        {
            return $"cannot listen on {endpoint}: permission denied (ports below 1024 need privileges). Pick a port above 1024, e.g. --port 5080";
        }
        return ex is IOException or SocketException ? $"cannot listen on {endpoint}: {ex.Message}" : null;
    }

    private void Watch()
    {
        var build = _options.Build;
        var debouncer = new ChangeDebouncer(_options.QuietWindow, _options.LongestWait, batch => _changes.Writer.TryWrite(batch));
        _watcher = new SiteWatcher([build.InputDirectory, build.ThemeDirectory], debouncer);
        _worker = Task.Run(RebuildLoopAsync);
        _ping = new Timer(_ => _hub.Ping(), null, PingInterval, PingInterval);
    }

    private async Task RebuildLoopAsync()
    {
        var reader = _changes.Reader;
        while (await reader.WaitToReadAsync())
        {
            // Changes that came in while the last rebuild ran make one rebuild, not several.
            var paths = new HashSet<string>(StringComparer.Ordinal);
            var overflowed = false;
            while (reader.TryRead(out var batch))
            {
                paths.UnionWith(batch.Paths);
                overflowed |= batch.Overflowed;
            }
            try
            {
                Rebuild(paths, overflowed);
            }
            catch (Exception ex)
            {
                // A bug in a stage must not end the preview: say so, keep serving, keep watching.
                _log.Line($"policysite: internal error while rebuilding: {ex}");
                _log.Line("This is a bug in PolicySite, not in your content; please report it with the lines above. Still serving the last good build.");
            }
        }
    }

    private void Rebuild(IReadOnlyCollection<string> paths, bool overflowed)
    {
        var build = _options.Build;
        var changes = paths
            .Select(p => (Path: p, Kind: ChangeClassifier.Classify(p, build.InputDirectory, build.ThemeDirectory)))
            .Where(c => c.Kind != SiteChangeKind.Ignored)
            .OrderBy(c => c.Path, StringComparer.Ordinal)
            .ToList();
        var kinds = overflowed ? [SiteChangeKind.Other] : changes.Select(c => c.Kind).ToList();
        if (!ChangeClassifier.NeedsRebuild(kinds))
        {
            return;
        }

        // Name the files an author knows; a tool's temp file (sed's, say) is only an "other" change.
        var named = changes.Where(c => c.Kind != SiteChangeKind.Other).ToList() is { Count: > 0 } known ? known : changes;
        var what = overflowed ? "many files changed" : named.Count == 1 ? $"{Display(named[0].Path)} changed" : $"{named.Count} files changed";
        var stopwatch = Stopwatch.StartNew();
        var result = _builder.Build();

        if (!result.Succeeded)
        {
            _failing = true;
            _hub.Failed(ErrorReport.From(result.Build.Diagnostics, _options.WorkingDirectory, _current.HasSite));
            var elapsed = stopwatch.Elapsed;
            PrintDiagnostics(result.Build);
            _log.Line($"{Now()} {what}: the rebuild failed ({Counts(result.Build)}); "
                + (_current.HasSite ? "still serving the last good build." : "nothing to serve yet."));
            Rebuilt?.Invoke(new RebuildReport(kinds, result, "errors", elapsed));
            return;
        }

        var recovered = _failing;
        _failing = false;
        string? sent = null;
        LiveReloadEvent? change = null;
        if (!result.Changes.IsEmpty)
        {
            // Swapping stylesheets is enough only when the open pages show the build before this one.
            var styleOnly = ChangeClassifier.IsStyleOnly(kinds) && _current.HasSite && !recovered;
            _current = ServedSite.From(result.Build.Files, result.BasePath, NextBuildId());
            change = styleOnly ? LiveReloadEvent.Css(_current.BuildId, result.Changes.All) : LiveReloadEvent.Reload(_current.BuildId, result.Changes.All);
            sent = change.Name;
        }
        _hub.Published(_current.BuildId, change, recovered);
        var served = stopwatch.Elapsed;

        PrintDiagnostics(result.Build);
        var outcome = result.Changes.IsEmpty ? "no output changed" : $"{result.Changes.Count} file(s) changed";
        _log.Line($"{Now()} {what}: rebuilt in {served.TotalMilliseconds:0} ms, {outcome}"
            + (recovered ? "; the errors are fixed." : ".")
            + (result.Changes.Count is > 0 and <= 3 ? $" ({string.Join(", ", result.Changes.All)})" : ""));
        if (change is not null)
        {
            Write(result.Build);
        }
        Rebuilt?.Invoke(new RebuildReport(kinds, result, sent ?? (recovered ? "ok" : null), served));
    }

    /// <summary>Writes a good build to the output folder (staged, then swapped in), after the pages were told: the browser does not wait for the disk.</summary>
    private bool Write(BuildResult build)
    {
        if (!_options.WriteOutput)
        {
            return false;
        }
        var diagnostics = new DiagnosticBag();
        if (new AtomicOutputWriter().Run(build.Files, _options.Build.OutputDirectory, diagnostics))
        {
            return true;
        }
        foreach (var diagnostic in diagnostics.Sorted())
        {
            _log.Line(diagnostic.Format(_options.WorkingDirectory));
        }
        _log.Line("The preview still serves the build; only the output folder is behind.");
        return false;
    }

    private void PrintDiagnostics(BuildResult build)
    {
        foreach (var diagnostic in build.Diagnostics)
        {
            if (diagnostic.Severity != DiagnosticSeverity.Info || _options.Verbose)
            {
                _log.Line(diagnostic.Format(_options.WorkingDirectory));
            }
        }
    }

    private string NextBuildId() => $"{_nonce}-{Interlocked.Increment(ref _generation).ToString(CultureInfo.InvariantCulture)}";

    private static string Counts(BuildResult build) => $"{build.ErrorCount} error(s), {build.WarningCount} warning(s)";

    private static string Now() => DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    private string Display(string path)
    {
        var relative = Path.GetRelativePath(_options.WorkingDirectory, path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? path : relative).Replace('\\', '/');
    }
}
