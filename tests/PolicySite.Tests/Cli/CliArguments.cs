using PolicySite.Tests.Support;

namespace PolicySite.Tests.Cli;

/// <summary>
/// Command lines for a fixture site. The tests run in the test assembly's folder, not the
/// site's, so every folder is passed as an absolute path; "now" is fixed so output is reproducible.
/// </summary>
internal static class CliArguments
{
    public const string Now = "2026-01-01T00:00:00Z";

    public static string[] Build(SiteFixture site, params string[] extra) =>
        ["build", "--input", site.Input, "--theme", site.Theme, "--output", site.Output, "--now", Now, .. extra];

    public static string[] Check(SiteFixture site, params string[] extra) =>
        ["check", "--input", site.Input, "--theme", site.Theme, "--now", Now, .. extra];
}
