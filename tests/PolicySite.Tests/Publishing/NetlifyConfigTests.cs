using System.Diagnostics;
using System.Text.RegularExpressions;
using PolicySite.Cli.Commands;
using PolicySite.Tests.Support;
using Tomlyn;
using Tomlyn.Model;

namespace PolicySite.Tests.Publishing;

/// <summary>
/// netlify.toml cannot be run from here, so what can be checked is checked: it parses, each deploy
/// context builds with the right address through a script that is in the repository, and Netlify
/// publishes the folder the build writes.
/// </summary>
public sealed partial class NetlifyConfigTests
{
    private const string Script = "scripts/netlify-build.sh";

    /// <summary>How the script runs the published command: strict, for the address it was given, into its output folder.</summary>
    private const string BuildLine = "build --strict --base-url \"$base_url\" --output \"$output_dir\"";

    private static readonly string ConfigPath = Path.Combine(RepositoryPaths.Root, "netlify.toml");

    private static readonly string ScriptPath = Path.Combine(RepositoryPaths.Root, Script);

    private static TomlTable Config() => TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(ConfigPath))!;

    private static TomlTable Table(TomlTable table, params string[] keys)
    {
        foreach (var key in keys)
        {
            Assert.True(table.TryGetValue(key, out var value) && value is TomlTable, $"netlify.toml has no [{string.Join('.', keys)}]");
            table = (TomlTable)value!;
        }
        return table;
    }

    private static string Command(params string[] keys) => Assert.IsType<string>(Table(Config(), keys)["command"]);

    [GeneratedRegex(@"^readonly output_dir=""(?<dir>[^""]+)""", RegexOptions.Multiline)]
    private static partial Regex OutputDirectory();

    [Fact]
    public void Should_parse_as_TOML()
    {
        var config = Config();

        Assert.True(config.ContainsKey("build"));
    }

    [Theory]
    [InlineData("build")]
    [InlineData("context", "production")]
    public void Should_build_production_for_Netlify_URL_through_the_build_script_in_strict_mode(params string[] context)
    {
        var command = Command(context);

        Assert.Equal($"bash {Script} \"$URL\"", command);
    }

    [Theory]
    [InlineData("deploy-preview")]
    [InlineData("branch-deploy")]
    public void Should_build_deploy_previews_and_branch_deploys_for_their_own_address(string context)
    {
        var command = Command("context", context);

        Assert.Equal($"bash {Script} \"$DEPLOY_PRIME_URL\"", command);
    }

    [Fact]
    public void The_build_script_is_in_the_repository_is_valid_bash_and_builds_strictly_with_the_given_base_url()
    {
        Assert.True(File.Exists(ScriptPath), $"{Script} is missing");
        var script = File.ReadAllText(ScriptPath);

        Assert.Contains(BuildLine, script, StringComparison.Ordinal);
        Assert.Contains("base_url=\"${1:-}\"", script, StringComparison.Ordinal);
        AssertBashSyntax(ScriptPath);
    }

    [Fact]
    public void The_build_script_publishes_the_command_line_project_that_exists()
    {
        var script = File.ReadAllText(ScriptPath);
        var project = Regex.Match(script, @"publish\s+(?<project>\S+\.csproj)").Groups["project"].Value;

        Assert.Equal("src/PolicySite.Cli/PolicySite.Cli.csproj", project);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, project)), $"{project} is missing");
        // The published app is a native executable named after the project, Native AOT where clang allows.
        Assert.Contains("/PolicySite.Cli\" build", script, StringComparison.Ordinal);
        Assert.Contains("-p:PublishAot=true", script, StringComparison.Ordinal);
    }

    [Fact]
    public void The_build_script_installs_the_SDK_major_version_that_global_json_asks_for_with_Microsofts_script_into_Netlifys_cache()
    {
        var script = File.ReadAllText(ScriptPath);
        var globalJson = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "global.json"));
        var sdkMajor = Regex.Match(globalJson, @"""version""\s*:\s*""(?<major>\d+)\.").Groups["major"].Value;

        Assert.Contains($"readonly dotnet_channel=\"{sdkMajor}.0\"", script, StringComparison.Ordinal);
        Assert.Contains("https://dot.net/v1/dotnet-install.sh", script, StringComparison.Ordinal);
        Assert.Contains("--channel \"$dotnet_channel\"", script, StringComparison.Ordinal);
        Assert.Contains("NETLIFY_CACHE_DIR", script, StringComparison.Ordinal);
        Assert.Contains($"'^{sdkMajor}\\.'", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_publish_the_folder_the_build_writes()
    {
        var publish = Assert.IsType<string>(Table(Config(), "build")["publish"]);
        var script = File.ReadAllText(ScriptPath);
        var scriptOutput = OutputDirectory().Match(script);

        Assert.True(scriptOutput.Success, "the script does not name its output folder (readonly output_dir=\"...\")");
        Assert.Contains(BuildLine, script, StringComparison.Ordinal);
        Assert.Equal(publish, scriptOutput.Groups["dir"].Value);
        // And `policysite build` without --output writes there too, as the README tells staff.
        Assert.Equal(publish, new BuildSettings().Output);
    }

    [Fact]
    public void Should_leave_headers_and_redirects_to_the_files_the_build_generates()
    {
        // One source of truth: Netlify merges [[headers]] from netlify.toml with _headers, and the
        // two would drift apart.
        var config = Config();

        Assert.False(config.ContainsKey("headers"), "netlify.toml has [[headers]]; they belong in Publishing/SecurityHeaders.cs");
        Assert.False(config.ContainsKey("redirects"), "netlify.toml has [[redirects]]; give pages `aliases` instead");
    }

    private static void AssertBashSyntax(string path)
    {
        var bash = new[] { "/bin/bash", "/usr/bin/bash" }.FirstOrDefault(File.Exists);
        if (bash is null)
        {
            // No bash on this machine (Windows without WSL); the text checks above still ran.
            return;
        }
        using var process = Process.Start(new ProcessStartInfo(bash, ["-n", path]) { RedirectStandardError = true })!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"bash -n {path}: {errors}");
    }
}
