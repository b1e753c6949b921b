using System.Text.Json.Serialization;

namespace PolicySite.Cli.Internal.Preview;

/// <summary>
/// The JSON of the live-reload events, generated at compile time, so that the preview also runs
/// as a Native AOT binary, where System.Text.Json cannot look types up by reflection.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(BuildMessage))]
[JsonSerializable(typeof(ChangedFilesMessage))]
[JsonSerializable(typeof(ErrorReport))]
internal sealed partial class LiveReloadJson : JsonSerializerContext;
