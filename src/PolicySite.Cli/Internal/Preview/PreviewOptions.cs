using System.Net;
using PolicySite.Configuration;

namespace PolicySite.Cli.Internal.Preview;

/// <summary>How <c>policysite preview</c> builds, where it listens, and how it watches.</summary>
internal sealed record PreviewOptions
{
    public required BuildOptions Build { get; init; }

    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>0 lets the system pick a free port (tests, benchmarks); <see cref="PreviewServer.Url"/> tells which.</summary>
    public int Port { get; init; } = 5080;

    /// <summary>Also write every good build to the output folder, atomically, as <c>build</c> does.</summary>
    public bool WriteOutput { get; init; } = true;

    /// <summary>Also print information diagnostics.</summary>
    public bool Verbose { get; init; }

    /// <summary>A burst of file events ends when none has come for this long.</summary>
    public TimeSpan QuietWindow { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Under a steady stream of events, rebuild at least this often.</summary>
    public TimeSpan LongestWait { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Diagnostics name files relative to this folder, as <c>build</c> prints them.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;
}
