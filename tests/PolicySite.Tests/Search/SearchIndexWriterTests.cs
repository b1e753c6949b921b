using PolicySite.Search;
using PolicySite.Templates;

namespace PolicySite.Tests.Search;

/// <summary>Splitting the index into shards, as a site of thousands of pages needs.</summary>
public sealed class SearchIndexWriterTests
{
    private static IReadOnlyList<SearchRecord> Records(int count) => Enumerable.Range(0, count)
        .Select(i => new SearchRecord($"/p{i}/", $"Page {i}", $"Heading {i}", [$"Page {i}"], i % 3 == 0 ? "I" : null,
            $"Word{i} alpha beta gamma delta {(char)('a' + i % 26)}term{i} shared text", []))
        .ToList();

    [Fact]
    public void Given_a_staging_folder_When_written_Then_each_shard_is_placed_there_at_once_and_comes_back_without_its_bytes()
    {
        var index = SearchIndexBuilder.Build(Records(300));
        var options = SearchIndexOptions.Default with { TermShardBytes = 2_000, DocumentShardBytes = 4_000 };
        var held = SearchIndexWriter.Write(index, new SiteUrls("/"), "en", options);
        var output = Path.Combine(Path.GetTempPath(), "policysite-tests", Guid.NewGuid().ToString("N"));
        try
        {
            using (var staging = PolicySite.Output.OutputStaging.Begin(output))
            {
                var staged = SearchIndexWriter.Write(index, new SiteUrls("/"), "en", options, staging);

                Assert.Equal(held.Select(f => f.Path), staged.Select(f => f.Path));
                var shards = staged.Where(f => f.Path != SearchIndexEmitter.ManifestPath).ToList();
                Assert.True(shards.Count > 6, $"{shards.Count} shards");
                Assert.All(shards, f => Assert.True(f.Staged && f.Content.Length == 0, f.Path));
                var manifest = Assert.Single(staged, f => f.Path == SearchIndexEmitter.ManifestPath);
                Assert.False(manifest.Staged);
                staging.Place(manifest.Path, manifest.Content);
                staging.Commit();
            }
            Assert.All(held, f => Assert.Equal(f.Content, File.ReadAllBytes(Path.Combine(output, f.Path))));
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    [Fact]
    public void Given_small_shard_budgets_When_written_Then_every_term_is_in_the_shard_the_manifest_says()
    {
        var index = SearchIndexBuilder.Build(Records(300));
        var files = SearchIndexWriter.Write(index, new SiteUrls("/"), "en",
            SearchIndexOptions.Default with { TermShardBytes = 2_000, DocumentShardBytes = 4_000 });
        var output = Path.Combine(Path.GetTempPath(), "policysite-tests", Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var file in files)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(output, file.Path))!);
                File.WriteAllBytes(Path.Combine(output, file.Path), file.Content);
            }
            var built = BuiltIndex.Read(output);
            var termShards = built.Manifest.GetProperty("terms").EnumerateArray().ToList();
            var docShards = built.Manifest.GetProperty("docs").EnumerateArray().ToList();

            Assert.True(termShards.Count > 3, $"{termShards.Count} term shards");
            Assert.True(docShards.Count > 3, $"{docShards.Count} section shards");
            Assert.Equal(300, built.Sections.Count);
            Assert.Equal(index.Terms.Select(t => t.Term), built.Terms.Keys.Order(StringComparer.Ordinal));

            var firsts = termShards.Select(s => s.GetProperty("first").GetString()!).ToList();
            Assert.Equal("", firsts[0]);
            Assert.Equal(firsts.Order(StringComparer.Ordinal), firsts);
            foreach (var (shard, i) in termShards.Select((s, i) => (s, i)))
            {
                var content = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(BuiltIndex.FileOf(output, "/", shard.GetProperty("url").GetString()!)));
                foreach (var term in content.RootElement.GetProperty("terms").EnumerateArray().Select(t => t.GetString()!))
                {
                    Assert.True(string.CompareOrdinal(term, firsts[i]) >= 0, term);
                    Assert.True(i + 1 == firsts.Count || string.CompareOrdinal(term, firsts[i + 1]) < 0, term);
                }
            }
            Assert.Equal([[0, 1], [3, 4]], built.Manifest.GetProperty("objectives").GetProperty("I").EnumerateArray().Take(2)
                .Select(r => r.EnumerateArray().Select(n => n.GetInt32()).ToArray()));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void Given_the_same_records_When_written_twice_Then_the_files_are_the_same()
    {
        var first = SearchIndexWriter.Write(SearchIndexBuilder.Build(Records(50)), new SiteUrls("/"), "en", SearchIndexOptions.Default);
        var second = SearchIndexWriter.Write(SearchIndexBuilder.Build(Records(50)), new SiteUrls("/"), "en", SearchIndexOptions.Default);

        Assert.Equal(first.Select(f => f.Path), second.Select(f => f.Path));
        Assert.All(first.Zip(second), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
    }

    [Fact]
    public void A_heading_match_outweighs_the_same_word_in_the_text()
    {
        SearchRecord[] records =
        [
            new("/a/", "A", "Tribunal", ["A", "Tribunal"], null, "Other words entirely, many of them, about other things.", []),
            new("/b/", "B", "Other", ["B", "Other"], null, "A tribunal is mentioned here once among many other words.", []),
        ];
        var postings = SearchIndexBuilder.Build(records).Terms.Single(t => t.Term == "tribun").Postings;

        Assert.Equal([0, 1], new[] { postings[0], postings[2] });
        Assert.True(postings[1] > postings[3], $"heading {postings[1]}, text {postings[3]}");
    }
}
