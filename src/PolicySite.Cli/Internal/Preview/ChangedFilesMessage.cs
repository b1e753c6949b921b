namespace PolicySite.Cli.Internal.Preview;

/// <summary>The data of a <c>reload</c> or <c>css</c> event: the new build and the files it changed.</summary>
internal sealed record ChangedFilesMessage(string Build, IReadOnlyList<string> Changed);
