using System.ComponentModel;
using PolicySite.Configuration;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySite.Cli.Commands;

/// <summary>Options that every command which reads a site shares.</summary>
public class SiteSettings : CommandSettings
{
    [CommandOption("--input <DIR>")]
    [Description("Content folder (Markdown and YAML).")]
    [DefaultValue("input")]
    public string Input { get; init; } = "input";

    [CommandOption("--theme <DIR>")]
    [Description("Theme folder (layouts, partials, assets, i18n).")]
    [DefaultValue("theme")]
    public string Theme { get; init; } = "theme";

    [CommandOption("--base-url <URL>")]
    [Description("URL the site is served from; overrides base_url in site.yml.")]
    public string? BaseUrl { get; init; }

    [CommandOption("--strict")]
    [Description("Treat warnings (broken links, raw scripts) as errors.")]
    public bool Strict { get; init; }

    [CommandOption("--now <ISO-8601>")]
    [Description("The build's 'now' (which events are past). Default: SOURCE_DATE_EPOCH, else the clock.")]
    public string? Now { get; init; }

    [CommandOption("--verbose")]
    [Description("Also print information diagnostics, stack traces and where the build's time went.")]
    public bool Verbose { get; init; }

    /// <summary>
    /// Spectre.Console.Cli gives an option left without its value (<c>--output</c> at the end of the
    /// line) an internal name instead of failing; that must be bad usage, not a folder to write to.
    /// </summary>
    public override ValidationResult Validate()
    {
        foreach (var (option, value) in Folders())
        {
            if (string.IsNullOrWhiteSpace(value) || value.StartsWith("__", StringComparison.Ordinal))
            {
                return ValidationResult.Error($"{option} needs a value, e.g. {option} {option.TrimStart('-')}");
            }
        }
        if (BaseUrl is not null && !SiteConfigRules.IsBaseUrl(BaseUrl))
        {
            return ValidationResult.Error($"--base-url '{BaseUrl}' is neither an http(s) URL nor a path of letters, digits, '-', '_', '.' and '/'; e.g. --base-url https://example.org/policy/");
        }
        return ValidationResult.Success();
    }

    protected virtual IEnumerable<(string Option, string? Value)> Folders() => [("--input", Input), ("--theme", Theme)];
}
