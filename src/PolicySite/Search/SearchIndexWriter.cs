using System.Buffers;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using PolicySite.Emit;
using PolicySite.Templates;

namespace PolicySite.Search;

/// <summary>
/// Writes the index as files the browser fetches only once the reader starts searching:
/// <list type="bullet">
/// <item><c>search/manifest.json</c>: small, at a fixed URL (pages name it in a <c>data-</c>
/// attribute): the shards' fingerprinted URLs and where each starts, and which sections belong to
/// which objective.</item>
/// <item><c>search/terms-N.&lt;hash&gt;.json</c>: the terms in ordinal order, split into shards
/// of about <see cref="SearchIndexOptions.TermShardBytes"/>, so a query fetches only the shards
/// of its words (Pagefind's design for large sites).</item>
/// <item><c>search/docs-N.&lt;hash&gt;.json</c>: the sections (URL, titles, text, paragraph
/// anchors) in shards of about <see cref="SearchIndexOptions.DocumentShardBytes"/>, fetched for
/// the results shown.</item>
/// </list>
/// Shards are named by their content's hash, so they can be cached for good.
/// </summary>
internal static class SearchIndexWriter
{
    /// <summary>The index format; the client refuses a manifest of another version.</summary>
    public const int Version = 1;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Keep letters as UTF-8 rather than \u escapes: the files are fetched, never inlined in HTML.
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static IReadOnlyList<OutputFile> Write(SearchIndex index, SiteUrls urls, string language, SearchIndexOptions options)
    {
        var files = new List<OutputFile>();
        var docShards = WriteDocumentShards(index.Records, options.DocumentShardBytes, files);
        var termShards = WriteTermShards(index.Terms, options.TermShardBytes, files);
        files.Add(new OutputFile(SearchIndexEmitter.ManifestPath, Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("v", Version);
            writer.WriteString("language", language);
            writer.WriteNumber("records", index.Records.Count);
            writer.WriteNumber("scale", SearchIndexBuilder.Scale);
            writer.WriteStartArray("terms");
            foreach (var (first, path) in termShards)
            {
                writer.WriteStartObject();
                writer.WriteString("first", first);
                writer.WriteString("url", urls.Path(path));
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartArray("docs");
            foreach (var (first, path) in docShards)
            {
                writer.WriteStartObject();
                writer.WriteNumber("first", first);
                writer.WriteString("url", urls.Path(path));
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartObject("objectives");
            foreach (var (objective, ranges) in ObjectiveRanges(index.Records))
            {
                writer.WriteStartArray(objective);
                foreach (var (start, end) in ranges)
                {
                    writer.WriteStartArray();
                    writer.WriteNumberValue(start);
                    writer.WriteNumberValue(end);
                    writer.WriteEndArray();
                }
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
            writer.WriteEndObject();
        })));
        return files;
    }

    private static List<(int First, string Path)> WriteDocumentShards(IReadOnlyList<SearchRecord> records, int shardBytes, List<OutputFile> files)
    {
        var shards = new List<(int First, string Path)>();
        var start = 0;
        while (start < records.Count || shards.Count == 0)
        {
            var end = start;
            var bytes = 0;
            while (end < records.Count && (end == start || bytes < shardBytes))
            {
                bytes += records[end].Text.Length + 200;
                end++;
            }
            var first = start;
            var content = Json(writer =>
            {
                writer.WriteStartObject();
                writer.WriteNumber("first", first);
                writer.WriteStartArray("records");
                for (var i = first; i < end; i++)
                {
                    WriteRecord(writer, records[i]);
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            });
            var path = Fingerprinted($"search/docs-{shards.Count}", content);
            files.Add(new OutputFile(path, content));
            shards.Add((first, path));
            start = end;
        }
        return shards;
    }

    private static void WriteRecord(Utf8JsonWriter writer, SearchRecord record)
    {
        writer.WriteStartObject();
        writer.WriteString("u", record.Url);
        writer.WriteString("t", record.PageTitle);
        writer.WriteString("h", record.Heading);
        writer.WriteStartArray("b");
        foreach (var part in record.Breadcrumb)
        {
            writer.WriteStringValue(part);
        }
        writer.WriteEndArray();
        if (record.Objective is not null)
        {
            writer.WriteString("o", record.Objective);
        }
        writer.WriteString("x", record.Text);
        if (record.Paragraphs.Count > 0)
        {
            writer.WriteStartArray("p");
            foreach (var (id, start) in record.Paragraphs)
            {
                writer.WriteStartArray();
                writer.WriteStringValue(id);
                writer.WriteNumberValue(start);
                writer.WriteEndArray();
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static List<(string First, string Path)> WriteTermShards(IReadOnlyList<SearchTerm> terms, int shardBytes, List<OutputFile> files)
    {
        var shards = new List<(string First, string Path)>();
        var start = 0;
        while (start < terms.Count || shards.Count == 0)
        {
            var end = start;
            var bytes = 0;
            while (end < terms.Count && (end == start || bytes < shardBytes))
            {
                bytes += EstimatedBytes(terms[end]);
                end++;
            }
            var first = start;
            var content = Json(writer =>
            {
                writer.WriteStartObject();
                writer.WriteStartArray("terms");
                for (var i = first; i < end; i++)
                {
                    writer.WriteStringValue(terms[i].Term);
                }
                writer.WriteEndArray();
                // Postings as section-number deltas and impacts: [d0, i0, d1 - d0, i1, …].
                writer.WriteStartArray("postings");
                for (var i = first; i < end; i++)
                {
                    writer.WriteStartArray();
                    var previous = 0;
                    var postings = terms[i].Postings;
                    for (var p = 0; p < postings.Length; p += 2)
                    {
                        writer.WriteNumberValue(postings[p] - previous);
                        writer.WriteNumberValue(postings[p + 1]);
                        previous = postings[p];
                    }
                    writer.WriteEndArray();
                }
                writer.WriteEndArray();
                writer.WriteEndObject();
            });
            var path = Fingerprinted($"search/terms-{shards.Count}", content);
            files.Add(new OutputFile(path, content));
            // The first shard starts at "" so that every term, even one before its first term, has a shard.
            shards.Add((shards.Count == 0 ? "" : terms[first].Term, path));
            start = end;
        }
        return shards;
    }

    private static int EstimatedBytes(SearchTerm term) => term.Term.Length + 6 + term.Postings.Length * 4;

    /// <summary>Which sections belong to which objective, as [start, end) ranges of section numbers (sections of a page are consecutive).</summary>
    private static SortedDictionary<string, List<(int Start, int End)>> ObjectiveRanges(IReadOnlyList<SearchRecord> records)
    {
        var ranges = new SortedDictionary<string, List<(int Start, int End)>>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            if (records[i].Objective is not { } objective)
            {
                continue;
            }
            if (!ranges.TryGetValue(objective, out var list))
            {
                ranges[objective] = list = [];
            }
            if (list.Count > 0 && list[^1].End == i)
            {
                list[^1] = (list[^1].Start, i + 1);
            }
            else
            {
                list.Add((i, i + 1));
            }
        }
        return ranges;
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary><c>search/docs-0</c> becomes <c>search/docs-0.3f2a9c1b0d.json</c>, as theme assets are fingerprinted.</summary>
    private static string Fingerprinted(string name, byte[] content) =>
        $"{name}.{Convert.ToHexStringLower(SHA256.HashData(content))[..10]}.json";
}
