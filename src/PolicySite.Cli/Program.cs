using PolicySite.Cli;
using Spectre.Console;

return PolicySiteApp.Run(args, AnsiConsole.Console);
