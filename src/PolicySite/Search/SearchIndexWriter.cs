using System.Buffers;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using PolicySite.Emit;
using PolicySite.Output;
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

    // A section's property names, encoded once rather than once per section.
    private static readonly JsonEncodedText Url = JsonEncodedText.Encode("u");
    private static readonly JsonEncodedText PageTitle = JsonEncodedText.Encode("t");
    private static readonly JsonEncodedText Heading = JsonEncodedText.Encode("h");
    private static readonly JsonEncodedText Breadcrumb = JsonEncodedText.Encode("b");
    private static readonly JsonEncodedText Objective = JsonEncodedText.Encode("o");
    private static readonly JsonEncodedText Text = JsonEncodedText.Encode("x");
    private static readonly JsonEncodedText Paragraphs = JsonEncodedText.Encode("p");

    /// <param name="staging">
    /// Where a writing build places each shard as soon as it is written (it then comes back
    /// <see cref="OutputFile.Staged"/>, without its bytes): a 5,000-page site's shards are some
    /// 50 MB that were otherwise held until the Write stage, at the build's peak.
    /// </param>
    public static IReadOnlyList<OutputFile> Write(SearchIndex index, SiteUrls urls, string language, SearchIndexOptions options, OutputStaging? staging = null)
    {
        var records = index.Records;
        var terms = index.Terms;
        var docShards = Shards(records.Count, i => records[i].TextLength + 200, options.DocumentShardBytes);
        var termShards = Shards(terms.Count, i => EstimatedBytes(terms[i]), options.TermShardBytes);

        // Shards do not depend on one another: they are written in parallel, each into its own
        // place in the list, so the files come out in the same order every time. One writer per
        // core takes the next shard until none are left, each with one buffer that it reuses.
        var shards = docShards.Count + termShards.Count;
        var files = new OutputFile[shards + 1];
        var next = -1;
        Parallel.For(0, Math.Min(Environment.ProcessorCount, shards), _ =>
        {
            using var buffer = new JsonBuffer();
            int s;
            while ((s = Interlocked.Increment(ref next)) < shards)
            {
                files[s] = s < docShards.Count
                    ? DocumentShard(s, docShards[s], records, buffer, staging)
                    : TermShard(s - docShards.Count, termShards[s - docShards.Count], terms, buffer, staging);
            }
        });

        using var manifestBuffer = new JsonBuffer();
        files[^1] = new OutputFile(SearchIndexEmitter.ManifestPath, manifestBuffer.Json(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("v", Version);
            writer.WriteString("language", language);
            writer.WriteNumber("records", records.Count);
            writer.WriteNumber("scale", SearchIndexBuilder.Scale);
            writer.WriteStartArray("terms");
            for (var s = 0; s < termShards.Count; s++)
            {
                writer.WriteStartObject();
                // The first shard starts at "" so that every term, even one before its first term, has a shard.
                writer.WriteString("first", s == 0 ? "" : terms[termShards[s].Start].Term);
                writer.WriteString("url", urls.Path(files[docShards.Count + s].Path));
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartArray("docs");
            for (var s = 0; s < docShards.Count; s++)
            {
                writer.WriteStartObject();
                writer.WriteNumber("first", docShards[s].Start);
                writer.WriteString("url", urls.Path(files[s].Path));
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteStartObject("objectives");
            foreach (var (objective, ranges) in ObjectiveRanges(records))
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
        }));
        return files;
    }

    /// <summary>
    /// Cuts <paramref name="count"/> items into [start, end) runs of about <paramref name="shardBytes"/>
    /// each by their estimated sizes; at least one run, even of nothing.
    /// </summary>
    private static List<(int Start, int End)> Shards(int count, Func<int, int> estimatedBytes, int shardBytes)
    {
        var shards = new List<(int Start, int End)>();
        var start = 0;
        while (start < count || shards.Count == 0)
        {
            var end = start;
            var bytes = 0;
            while (end < count && (end == start || bytes < shardBytes))
            {
                bytes += estimatedBytes(end);
                end++;
            }
            shards.Add((start, end));
            start = end;
        }
        return shards;
    }

    private static OutputFile DocumentShard(int number, (int Start, int End) shard, IReadOnlyList<SearchRecord> records, JsonBuffer buffer, OutputStaging? staging)
    {
        var content = buffer.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteNumber("first", shard.Start);
            writer.WriteStartArray("records");
            for (var i = shard.Start; i < shard.End; i++)
            {
                WriteRecord(writer, records[i]);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
        return Shard($"search/docs-{number}", content, staging);
    }

    private static void WriteRecord(Utf8JsonWriter writer, SearchRecord record)
    {
        writer.WriteStartObject();
        writer.WriteString(Url, record.Url);
        writer.WriteString(PageTitle, record.PageTitle);
        writer.WriteString(Heading, record.Heading);
        writer.WriteStartArray(Breadcrumb);
        foreach (var part in record.Breadcrumb)
        {
            writer.WriteStringValue(part);
        }
        writer.WriteEndArray();
        if (record.Objective is not null)
        {
            writer.WriteString(Objective, record.Objective);
        }
        writer.WriteString(Text, record.Utf8Text);
        if (record.Paragraphs.Count > 0)
        {
            writer.WriteStartArray(Paragraphs);
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

    private static OutputFile TermShard(int number, (int Start, int End) shard, IReadOnlyList<SearchTerm> terms, JsonBuffer buffer, OutputStaging? staging)
    {
        var content = buffer.Write(writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("terms");
            for (var i = shard.Start; i < shard.End; i++)
            {
                writer.WriteStringValue(terms[i].Term);
            }
            writer.WriteEndArray();
            // Postings as section-number deltas and impacts: [d0, i0, d1 - d0, i1, …].
            writer.WriteStartArray("postings");
            for (var i = shard.Start; i < shard.End; i++)
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
        return Shard($"search/terms-{number}", content, staging);
    }

    /// <summary>A shard's file, fingerprinted: placed in the staging folder now when there is one, else held.</summary>
    private static OutputFile Shard(string name, ReadOnlySpan<byte> content, OutputStaging? staging)
    {
        var path = Fingerprinted(name, content);
        if (staging is null)
        {
            return new OutputFile(path, content.ToArray());
        }
        staging.Place(path, content);
        return new OutputFile(path, []) { Staged = true };
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

    /// <summary><c>search/docs-0</c> becomes <c>search/docs-0.3f2a9c1b0d.json</c>, as theme assets are fingerprinted.</summary>
    private static string Fingerprinted(string name, ReadOnlySpan<byte> content) =>
        $"{name}.{Convert.ToHexStringLower(SHA256.HashData(content))[..10]}.json";

    /// <summary>One JSON file at a time into a buffer that is kept, so it grows only to the largest file.</summary>
    private sealed class JsonBuffer : IDisposable
    {
        private readonly ArrayBufferWriter<byte> _buffer = new();
        private readonly Utf8JsonWriter _writer;

        public JsonBuffer() => _writer = new Utf8JsonWriter(_buffer, WriterOptions);

        public byte[] Json(Action<Utf8JsonWriter> write) => Write(write).ToArray();

        /// <summary>The JSON <paramref name="write"/> writes, valid until the next write.</summary>
        public ReadOnlySpan<byte> Write(Action<Utf8JsonWriter> write)
        {
            _buffer.ResetWrittenCount();
            _writer.Reset(_buffer);
            write(_writer);
            _writer.Flush();
            return _buffer.WrittenSpan;
        }

        public void Dispose() => _writer.Dispose();
    }
}
