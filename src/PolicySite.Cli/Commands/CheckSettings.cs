namespace PolicySite.Cli.Commands;

/// <summary>Options of <c>policysite check</c>: those of a site, no output folder.</summary>
public sealed class CheckSettings : SiteSettings;
