using PolicySite.Diagnostics;

namespace PolicySite.Content;

/// <summary>Reads the optional data files of <c>input/data/</c> into typed records.</summary>
internal static class LoadData
{
    public static DataFile<T>? Read<T>(string inputDirectory, string name, DiagnosticBag diagnostics)
        where T : class
    {
        var path = Path.Combine(inputDirectory, "data", name);
        if (!File.Exists(path))
        {
            return null;
        }
        var text = TextFileReader.Read(path, diagnostics);
        return text is not null && YamlReader.Read<T>(text, path, 1, diagnostics) is { } value
            ? new DataFile<T>(path, text, value)
            : null;
    }
}
