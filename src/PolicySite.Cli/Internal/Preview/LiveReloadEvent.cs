using System.Text;
using System.Text.Json;

namespace PolicySite.Cli.Internal.Preview;

/// <summary>
/// One Server-Sent Event to the open pages: <c>hello</c> (the current build, on connecting),
/// <c>reload</c>, <c>css</c> (swap the stylesheets), <c>errors</c> (show the overlay), <c>ok</c>
/// (remove it). The data is JSON.
/// </summary>
internal sealed record LiveReloadEvent(string Name, string Json)
{
    public static LiveReloadEvent Hello(string buildId) => new("hello", JsonSerializer.Serialize(new BuildMessage(buildId), LiveReloadJson.Default.BuildMessage));

    public static LiveReloadEvent Reload(string buildId, IEnumerable<string> changed) =>
        new("reload", JsonSerializer.Serialize(new ChangedFilesMessage(buildId, changed.ToList()), LiveReloadJson.Default.ChangedFilesMessage));

    public static LiveReloadEvent Css(string buildId, IEnumerable<string> changed) =>
        new("css", JsonSerializer.Serialize(new ChangedFilesMessage(buildId, changed.ToList()), LiveReloadJson.Default.ChangedFilesMessage));

    public static LiveReloadEvent Ok(string buildId) => new("ok", JsonSerializer.Serialize(new BuildMessage(buildId), LiveReloadJson.Default.BuildMessage));

    public static LiveReloadEvent Errors(ErrorReport report) => new("errors", JsonSerializer.Serialize(report, LiveReloadJson.Default.ErrorReport));

    /// <summary>A comment, not an event: keeps an idle connection open and lets the server notice a closed tab.</summary>
    public static LiveReloadEvent Ping { get; } = new("", "");

    /// <summary>The event on the wire; JSON has no raw line breaks, so the data is one line.</summary>
    public string Format() => Name.Length == 0 ? ": ping\n\n" : $"event: {Name}\ndata: {Json}\n\n";

    public byte[] ToBytes() => Encoding.UTF8.GetBytes(Format());

}
