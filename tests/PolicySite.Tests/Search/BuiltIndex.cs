using System.Text.Json;

namespace PolicySite.Tests.Search;

/// <summary>The search index of a built site, read back from its output folder as the browser reads it.</summary>
public sealed class BuiltIndex
{
    private BuiltIndex(string output, string basePath, JsonElement manifest, List<IndexedSection> sections, Dictionary<string, List<(int Doc, int Impact)>> terms)
    {
        Output = output;
        BasePath = basePath;
        Manifest = manifest;
        Sections = sections;
        Terms = terms;
    }

    public string Output { get; }

    public string BasePath { get; }

    public JsonElement Manifest { get; }

    public IReadOnlyList<IndexedSection> Sections { get; }

    /// <summary>Every term with its postings (section number, impact).</summary>
    public IReadOnlyDictionary<string, List<(int Doc, int Impact)>> Terms { get; }

    public static BuiltIndex Read(string output, string basePath = "/")
    {
        var manifest = Json(Path.Combine(output, "search", "manifest.json"));
        var sections = new List<IndexedSection>();
        foreach (var shard in manifest.GetProperty("docs").EnumerateArray())
        {
            var docs = Json(FileOf(output, basePath, shard.GetProperty("url").GetString()!));
            foreach (var record in docs.GetProperty("records").EnumerateArray())
            {
                sections.Add(new IndexedSection(
                    record.GetProperty("u").GetString()!,
                    record.GetProperty("t").GetString()!,
                    record.GetProperty("h").GetString()!,
                    record.GetProperty("b").EnumerateArray().Select(b => b.GetString()!).ToList(),
                    record.TryGetProperty("o", out var o) ? o.GetString() : null,
                    record.GetProperty("x").GetString()!,
                    record.TryGetProperty("p", out var p)
                        ? p.EnumerateArray().Select(e => (e[0].GetString()!, e[1].GetInt32())).ToList()
                        : []));
            }
        }
        var terms = new Dictionary<string, List<(int, int)>>(StringComparer.Ordinal);
        foreach (var shard in manifest.GetProperty("terms").EnumerateArray())
        {
            var file = Json(FileOf(output, basePath, shard.GetProperty("url").GetString()!));
            var names = file.GetProperty("terms").EnumerateArray().Select(t => t.GetString()!).ToList();
            var postings = file.GetProperty("postings").EnumerateArray().ToList();
            for (var i = 0; i < names.Count; i++)
            {
                var list = new List<(int, int)>();
                var doc = 0;
                var raw = postings[i].EnumerateArray().Select(e => e.GetInt32()).ToList();
                for (var k = 0; k < raw.Count; k += 2)
                {
                    doc += raw[k];
                    list.Add((doc, raw[k + 1]));
                }
                terms[names[i]] = list;
            }
        }
        return new BuiltIndex(output, basePath, manifest, sections, terms);
    }

    /// <summary>The output file a URL of the index names.</summary>
    public static string FileOf(string output, string basePath, string url)
    {
        Assert.StartsWith(basePath, url);
        return Path.Combine(output, url[basePath.Length..]);
    }

    public IndexedSection Section(string url) =>
        Sections.SingleOrDefault(s => s.Url == url) ?? throw new KeyNotFoundException($"no section {url} in the index");

    private static JsonElement Json(string path) => JsonDocument.Parse(File.ReadAllBytes(path)).RootElement;
}

/// <summary>One section as the index holds it.</summary>
public sealed record IndexedSection(
    string Url,
    string PageTitle,
    string Heading,
    IReadOnlyList<string> Breadcrumb,
    string? Objective,
    string Text,
    IReadOnlyList<(string Id, int Start)> Paragraphs);
