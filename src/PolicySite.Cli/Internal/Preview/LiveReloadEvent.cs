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
    public static LiveReloadEvent Hello(string buildId) => Create("hello", new { build = buildId });

    public static LiveReloadEvent Reload(string buildId, IEnumerable<string> changed) => Create("reload", new { build = buildId, changed });

    public static LiveReloadEvent Css(string buildId, IEnumerable<string> changed) => Create("css", new { build = buildId, changed });

    public static LiveReloadEvent Ok(string buildId) => Create("ok", new { build = buildId });

    public static LiveReloadEvent Errors(ErrorReport report) => Create("errors", report);

    /// <summary>A comment, not an event: keeps an idle connection open and lets the server notice a closed tab.</summary>
    public static LiveReloadEvent Ping { get; } = new("", "");

    /// <summary>The event on the wire; JSON has no raw line breaks, so the data is one line.</summary>
    public string Format() => Name.Length == 0 ? ": ping\n\n" : $"event: {Name}\ndata: {Json}\n\n";

    public byte[] ToBytes() => Encoding.UTF8.GetBytes(Format());

    private static LiveReloadEvent Create(string name, object data) => new(name, JsonSerializer.Serialize(data, JsonOptions));

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
}
