using System.ComponentModel;
using System.Net;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySite.Cli.Commands;

/// <summary>Options of <c>policysite preview</c>: those of a build, and where to serve it.</summary>
public sealed class PreviewSettings : SiteSettings
{
    [CommandOption("--output <DIR>")]
    [Description("Where every good build is also written; replaced only when a build succeeds.")]
    [DefaultValue("output")]
    public string Output { get; init; } = "output";

    [CommandOption("--port <PORT>")]
    [Description("Port to serve on (0: any free port).")]
    [DefaultValue(5080)]
    public int Port { get; init; } = 5080;

    [CommandOption("--host <ADDRESS>")]
    [Description("Address to listen on: 127.0.0.1 (this machine only), localhost, or another IP address of this machine.")]
    [DefaultValue("127.0.0.1")]
    public string Host { get; init; } = "127.0.0.1";

    [CommandOption("--open")]
    [Description("Open the site in the default browser once it is served.")]
    public bool Open { get; init; }

    public override ValidationResult Validate()
    {
        if (base.Validate() is { Successful: false } folders)
        {
            return folders;
        }
        if (Port is < 0 or > 65535)
        {
            return ValidationResult.Error($"--port {Port} is not a port; use 1–65535 (or 0 for any free port), e.g. --port 5080");
        }
        if (!TryParseHost(Host, out _))
        {
            return ValidationResult.Error($"--host '{Host}' is not an IP address; use 127.0.0.1 (this machine only), localhost, or e.g. 0.0.0.0 (every address)");
        }
        return ValidationResult.Success();
    }

    protected override IEnumerable<(string Option, string? Value)> Folders() => base.Folders().Append(("--output", Output));

    /// <summary>The address to bind: an IP address, or <c>localhost</c> as 127.0.0.1.</summary>
    internal static bool TryParseHost(string host, out IPAddress address)
    {
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            address = IPAddress.Loopback;
            return true;
        }
        return IPAddress.TryParse(host.Trim('[', ']'), out address!);
    }
}
