using System.ComponentModel;
using Spectre.Console.Cli;

namespace PolicySite.Cli.Commands;

/// <summary>Options of <c>policysite build</c>.</summary>
public sealed class BuildSettings : SiteSettings
{
    [CommandOption("--output <DIR>")]
    [Description("Where the site is written; replaced only when the build succeeds.")]
    [DefaultValue("output")]
    public string Output { get; init; } = "output";

    protected override IEnumerable<(string Option, string? Value)> Folders() => base.Folders().Append(("--output", Output));
}
