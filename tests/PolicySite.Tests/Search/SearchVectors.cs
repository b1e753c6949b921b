using System.Text.Json;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Search;

/// <summary>
/// <c>tests/search-vectors.json</c>: the normalisation cases the C# indexer and the JS client
/// (<c>tests/js/search-text.test.mjs</c>) are both tested against, so that they agree term for term.
/// </summary>
public static class SearchVectors
{
    private static readonly Lazy<JsonDocument> Document = new(() =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "tests", "search-vectors.json"))));

    public static IReadOnlyList<string> StopWords =>
        Document.Value.RootElement.GetProperty("stopWords").EnumerateArray().Select(e => e.GetString()!).ToList();

    /// <summary>Input text and its index terms, in order.</summary>
    public static TheoryData<string, string[]> Vectors()
    {
        var data = new TheoryData<string, string[]>();
        foreach (var vector in Document.Value.RootElement.GetProperty("vectors").EnumerateArray())
        {
            data.Add(vector.GetProperty("input").GetString()!,
                vector.GetProperty("terms").EnumerateArray().Select(t => t.GetString()!).ToArray());
        }
        return data;
    }

    /// <summary>Every word of the policy document and its Porter2 stem.</summary>
    public static IReadOnlyDictionary<string, string> Stems() =>
        Document.Value.RootElement.GetProperty("stems").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
}
