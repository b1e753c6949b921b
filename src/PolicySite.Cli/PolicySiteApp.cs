using PolicySite.Cli.Commands;
using PolicySite.Cli.Internal;
using Spectre.Console;
using Spectre.Console.Cli;

namespace PolicySite.Cli;

/// <summary>The <c>policysite</c> command line: <c>build</c>, <c>check</c> and <c>preview</c>. Tests run it through <see cref="Run"/>.</summary>
public static class PolicySiteApp
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int BadUsage = 2;

    public static int Run(string[] args, IAnsiConsole console)
    {
        var registrar = new InstanceRegistrar();
        registrar.RegisterInstance(typeof(IAnsiConsole), console);
        var app = new CommandApp(registrar);
        app.Configure(config =>
        {
            config.SetApplicationName("policysite");
            config.ConfigureConsole(console);
            config.UseStrictParsing();
            config.AddCommand<BuildCommand>("build")
                .WithDescription("Build the site from input/ and theme/ into output/.")
                .WithExample("build", "--strict", "--base-url", "https://example.org/policy/");
            config.AddCommand<CheckCommand>("check")
                .WithDescription("Check input/ and theme/ without writing any output.");
            config.AddCommand<PreviewCommand>("preview")
                .WithDescription("Serve the site locally, rebuild on every save and reload the browser.")
                .WithExample("preview", "--port", "5080", "--open");
            config.SetExceptionHandler((exception, _) =>
            {
                if (exception is CommandAppException)
                {
                    console.WriteLine($"policysite: {exception.Message}");
                    console.WriteLine("Run 'policysite --help' for the commands and their options.");
                    return BadUsage;
                }
                // Not the user's fault: say so, with what a bug report needs.
                console.WriteLine($"policysite: internal error: {exception}");
                console.WriteLine("This is a bug in PolicySite, not in your content; please report it with the lines above.");
                return ContentErrors;
            });
        });
        return app.Run(args);
    }
}
