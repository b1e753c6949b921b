namespace PolicySite.Pipeline;

/// <summary>One rebuild: the build itself, what it changed since the last good build, and the path the site is served under.</summary>
/// <param name="Build">The build, as <see cref="SiteBuilder"/> reports it.</param>
/// <param name="Changes">Output files added, changed and removed since the last good build; empty when the build failed, since what is served stays as it was.</param>
/// <param name="BasePath">The path every URL of the site starts with (<c>/</c>, or e.g. <c>/policy/</c>).</param>
public sealed record IncrementalBuildResult(BuildResult Build, OutputChanges Changes, string BasePath)
{
    public bool Succeeded => Build.Succeeded;
}
