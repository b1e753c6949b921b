namespace PolicySite.Configuration;

/// <summary>What a build reads, where it writes, and the settings that change its output.</summary>
public sealed record BuildOptions
{
    public required string InputDirectory { get; init; }

    public required string ThemeDirectory { get; init; }

    public required string OutputDirectory { get; init; }

    /// <summary>Overrides <see cref="SiteConfig.BaseUrl"/> when set.</summary>
    public string? BaseUrl { get; init; }

    /// <summary>Treat warnings as errors.</summary>
    public bool Strict { get; init; }

    /// <summary>The build's "now": which events are past, DTSTAMPs. Fixed for reproducible output.</summary>
    public required DateTimeOffset Now { get; init; }
}
