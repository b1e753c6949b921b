using System.Text.RegularExpressions;
using PolicySite.Diagnostics;
using PolicySite.Pipeline;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Preview;

/// <summary>
/// The preview's rebuilds reuse what did not change, and yet every rebuild, after any sequence of
/// edits, produces exactly what a fresh full build of the same files produces.
/// </summary>
public sealed partial class IncrementalBuilderTests : IDisposable
{
    private readonly SiteFixture _site = SiteFixture.FromRepository();
    private readonly IncrementalBuilder _builder;

    public IncrementalBuilderTests() => _builder = new IncrementalBuilder(_site.Options(now: PreviewHost.Now));

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Given_a_sequence_of_edits_When_rebuilt_after_each_Then_every_rebuild_equals_a_fresh_full_build()
    {
        var first = _builder.Build();
        Assert.True(first.Succeeded, string.Join("\n", first.Build.Diagnostics));
        var previousGood = first.Build.Files;
        var edits = Edits();
        var random = new Random(20230601);
        var succeeded = 0;

        for (var step = 0; step < 12; step++)
        {
            var (name, apply) = edits[random.Next(edits.Count)];
            var lastGood = _builder.LastGood;
            apply(step);

            var rebuilt = _builder.Build();
            var fresh = new SiteBuilder().Build(_builder.Options, write: false);

            var context = $"step {step}: {name}";
            Assert.True(fresh.Succeeded == rebuilt.Succeeded, context);
            Assert.Equal(Lines(fresh.Diagnostics), Lines(rebuilt.Build.Diagnostics));
            AssertSameFiles(fresh.Files, rebuilt.Build.Files, context);
            if (fresh.Succeeded)
            {
                // What the rebuild says it changed is exactly the difference between the two full builds.
                Assert.Equal(OutputChanges.Between(previousGood, fresh.Files).All, rebuilt.Changes.All);
                previousGood = fresh.Files;
                succeeded++;
            }
            else
            {
                Assert.True(rebuilt.Changes.IsEmpty, context);
                Assert.Same(lastGood, _builder.LastGood);
            }
        }
        Assert.True(succeeded >= 6, $"only {succeeded} of the edits built; the sequence no longer exercises rebuilds");
    }

    [Fact]
    public void Given_a_one_paragraph_edit_of_a_chapter_When_rebuilt_Then_its_page_is_reported_changed_and_unrelated_files_are_not()
    {
        Assert.True(_builder.Build().Succeeded);

        EditFirstParagraph("input/chapters/05-conclusion.md", " An edited sentence.");
        var rebuilt = _builder.Build();

        Assert.True(rebuilt.Succeeded, string.Join("\n", rebuilt.Build.Diagnostics));
        Assert.Contains("chapters/conclusion/index.html", rebuilt.Changes.Changed);
        // The search index holds the paragraph; its files are fingerprinted, so they are new files.
        Assert.All(rebuilt.Changes.Added.Concat(rebuilt.Changes.Removed), path => Assert.StartsWith("search/", path));
        Assert.DoesNotContain(rebuilt.Changes.All, path => path.StartsWith("assets/", StringComparison.Ordinal));
        Assert.DoesNotContain(rebuilt.Changes.All, path => path.StartsWith("events/", StringComparison.Ordinal));
        Assert.DoesNotContain("chapters/importance/index.html", rebuilt.Changes.All);
    }

    [Fact]
    public void Given_a_page_title_edit_When_rebuilt_Then_the_page_and_the_pages_that_link_to_it_are_reported_changed()
    {
        Assert.True(_builder.Build().Succeeded);

        Replace("input/chapters/05-conclusion.md", TitleLine(), "title: \"Conclusions drawn\"");
        var rebuilt = _builder.Build();

        Assert.True(rebuilt.Succeeded, string.Join("\n", rebuilt.Build.Diagnostics));
        Assert.Contains("chapters/conclusion/index.html", rebuilt.Changes.Changed);
        // The page before it in reading order links to it by title (the pager's "next").
        Assert.Contains("objectives/international-legal-order/index.html", rebuilt.Changes.Changed);
        Assert.DoesNotContain(rebuilt.Changes.All, path => path.StartsWith("assets/", StringComparison.Ordinal));
        var pages = _builder.LastGood!.Files.Where(f => f.IsHtml && f.Path != "404.html").ToList();
        var linking = pages.Where(f => System.Text.Encoding.UTF8.GetString(f.Content).Contains("Conclusions drawn", StringComparison.Ordinal)).Select(f => f.Path);
        Assert.Equal(linking.Order(StringComparer.Ordinal), rebuilt.Changes.Changed.Where(p => p != "404.html").Intersect(linking).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Given_a_one_paragraph_edit_When_rebuilt_Then_only_the_pages_that_show_the_paragraph_are_rendered_again()
    {
        Assert.True(_builder.Build().Succeeded);
        Assert.Contains("chapters/importance/index.html", _builder.LastRendered);

        EditFirstParagraph("input/chapters/05-conclusion.md", " An edited sentence.");
        var rebuilt = _builder.Build();

        Assert.True(rebuilt.Succeeded, string.Join("\n", rebuilt.Build.Diagnostics));
        Assert.Equal(ChangedPages(rebuilt), _builder.LastRendered);
        Assert.Contains("chapters/conclusion/index.html", _builder.LastRendered);
        Assert.DoesNotContain("chapters/importance/index.html", _builder.LastRendered);
        Assert.DoesNotContain("events/partners-under-pressure/index.html", _builder.LastRendered);
    }

    [Fact]
    public void Given_a_page_title_edit_When_rebuilt_Then_the_pages_that_show_the_title_are_rendered_again_and_the_others_are_not()
    {
        Assert.True(_builder.Build().Succeeded);

        Replace("input/chapters/05-conclusion.md", TitleLine(), "title: \"Conclusions drawn\"");
        var rebuilt = _builder.Build();

        Assert.True(rebuilt.Succeeded, string.Join("\n", rebuilt.Build.Diagnostics));
        var showingTitle = _builder.LastGood!.Files
            .Where(f => f.IsHtml && System.Text.Encoding.UTF8.GetString(f.Content).Contains("Conclusions drawn", StringComparison.Ordinal))
            .Select(f => f.Path)
            .ToList();
        Assert.All(showingTitle, path => Assert.Contains(path, _builder.LastRendered));
        Assert.True(ChangedPages(rebuilt).SequenceEqual(_builder.LastRendered), "rendered but unchanged: " + string.Join(", ", _builder.LastRendered.Except(ChangedPages(rebuilt))));
        Assert.Contains("events/partners-under-pressure/index.html", _builder.LastGood.Files.Select(f => f.Path).Except(_builder.LastRendered));
    }

    [Fact]
    public void Given_the_only_event_deleted_When_rebuilt_Then_every_page_loses_its_events_link_as_in_a_fresh_build()
    {
        Assert.True(_builder.Build().Succeeded);

        // The events page exists only while there are events, and every page's navigation links to it
        // through `generated`: pages whose own model did not change must still be rendered again.
        foreach (var file in Directory.EnumerateFiles(_site.PathOf("input/events"), "*.md"))
        {
            File.Delete(file);
        }
        var rebuilt = _builder.Build();
        var fresh = new SiteBuilder().Build(_builder.Options, write: false);

        Assert.True(fresh.Succeeded && rebuilt.Succeeded, string.Join("\n", fresh.Diagnostics.Concat(rebuilt.Build.Diagnostics)));
        AssertSameFiles(fresh.Files, rebuilt.Build.Files, "after deleting the event");
        Assert.Contains("chapters/importance/index.html", _builder.LastRendered);
    }

    /// <summary>The HTML pages a rebuild added or changed: what it had to render, and all it should have.</summary>
    private static List<string> ChangedPages(IncrementalBuildResult rebuilt) =>
        rebuilt.Changes.Added.Concat(rebuilt.Changes.Changed).Where(p => p.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Given_a_content_edit_When_rebuilt_Then_the_theme_is_reused_and_after_a_theme_edit_the_content_is()
    {
        Assert.True(_builder.Build().Succeeded);
        Assert.Equal((1, 1), _builder.Loads);

        EditFirstParagraph("input/chapters/05-conclusion.md", " Edited.");
        Assert.True(_builder.Build().Succeeded);
        Assert.Equal((2, 1), _builder.Loads);

        File.AppendAllText(_site.PathOf("theme/assets/css/site.css"), "\n/* edited */\n");
        Assert.True(_builder.Build().Succeeded);
        Assert.Equal((2, 2), _builder.Loads);

        var unchanged = _builder.Build();
        Assert.Equal((2, 2), _builder.Loads);
        Assert.True(unchanged.Changes.IsEmpty);
    }

    [Fact]
    public void Given_a_failed_rebuild_Then_the_last_good_build_is_kept_and_nothing_is_reported_changed()
    {
        var good = _builder.Build();
        Assert.True(good.Succeeded);

        _site.Write("input/chapters/05-conclusion.md", "---\nid: conclusion\norder: [\n---\nBroken.\n");
        var failed = _builder.Build();

        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Build.Diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.File!.EndsWith("05-conclusion.md", StringComparison.Ordinal));
        Assert.True(failed.Changes.IsEmpty);
        Assert.Same(good.Build, _builder.LastGood);
    }

    /// <summary>Edits a staff member might make, each applied to the current files; <c>step</c> keeps repeated edits distinct.</summary>
    private List<(string Name, Action<int> Apply)> Edits()
    {
        var broken = new Dictionary<string, string>();
        return
        [
            ("paragraph of a chapter", step => EditFirstParagraph("input/chapters/05-conclusion.md", $" Edit {step}.")),
            ("paragraph of an objective", step => EditFirstParagraph(Path.GetRelativePath(_site.Root, SecondObjective()), $" Edit {step}.")),
            ("chapter title", step => Replace("input/chapters/01-importance.md", TitleLine(), $"title: \"Importance, edit {step}\"")),
            ("new chapter", step => _site.Write("input/chapters/09-extra.md",
                $"---\nid: extra\nnumber: VI\ntitle: \"Extra {step}\"\norder: 99\n---\n\nAn extra chapter, edit {step}.\n")),
            ("chapter deleted", _ => File.Delete(_site.PathOf("input/chapters/09-extra.md"))),
            ("front matter broken, or fixed", step =>
            {
                const string file = "input/chapters/05-conclusion.md";
                if (broken.Remove(file, out var original))
                {
                    _site.Write(file, original);
                }
                else
                {
                    broken[file] = File.ReadAllText(_site.PathOf(file));
                    _site.Write(file, broken[file].Replace("order: 8", "order: [8"));
                }
            }),
            ("stylesheet", step => File.AppendAllText(_site.PathOf("theme/assets/css/site.css"), $"\n.edit-{step} {{ color: inherit; }}\n")),
            ("partial", step => File.AppendAllText(_site.PathOf("theme/partials/pager.html"), $"\n<!-- edit {step} -->\n")),
            ("layout", step => File.AppendAllText(_site.PathOf("theme/layouts/chapter.html"), $"\n<!-- edit {step} -->\n")),
            ("UI string", step => Replace("theme/i18n/en.yml", FirstQuotedValue(), $"$1 (edit {step})\"")),
            ("site title", step => Replace("input/site.yml", TitleLine(), $"title: \"Human Rights, edit {step}\"")),
            ("source title", step => Replace("input/data/references.yml", FirstSourceTitle(), $"$1 (edit {step})\"")),
            ("content file renamed", _ =>
            {
                var from = SecondObjective();
                var to = from.EndsWith("-renamed.md", StringComparison.Ordinal) ? from.Replace("-renamed.md", ".md") : from.Replace(".md", "-renamed.md");
                File.Move(from, to);
            }),
            ("saved without a change", _ =>
            {
                var path = _site.PathOf("input/chapters/03-approach.md");
                File.WriteAllText(path, File.ReadAllText(path));
            }),
        ];
    }

    /// <summary>The second objective's file, whatever the renaming edit called it.</summary>
    private string SecondObjective() => Directory.GetFiles(_site.PathOf("input/objectives"), "02-*.md").Single();

    private void EditFirstParagraph(string file, string sentence)
    {
        var path = _site.PathOf(file);
        var lines = File.ReadAllLines(path).ToList();
        var closing = lines.IndexOf("---", 1);
        var paragraph = lines.FindIndex(closing + 1, l => l.Length > 0 && char.IsLetter(l[0]));
        lines[paragraph] += sentence;
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
    }

    private void Replace(string file, Regex pattern, string replacement)
    {
        var path = _site.PathOf(file);
        var text = File.ReadAllText(path);
        Assert.Matches(pattern, text);
        File.WriteAllText(path, pattern.Replace(text, replacement, 1));
    }

    private static void AssertSameFiles(IReadOnlyList<PolicySite.Emit.OutputFile> expected, IReadOnlyList<PolicySite.Emit.OutputFile> actual, string context)
    {
        Assert.True(expected.Select(f => f.Path).SequenceEqual(actual.Select(f => f.Path)), $"{context}: the files differ");
        var different = expected.Zip(actual).Where(p => !p.First.Content.AsSpan().SequenceEqual(p.Second.Content)).Select(p => p.First.Path).ToList();
        Assert.True(different.Count == 0, $"{context}: content differs in {string.Join(", ", different)}");
    }

    private static List<string> Lines(IEnumerable<Diagnostic> diagnostics) => diagnostics.Select(d => d.Format()).ToList();

    [GeneratedRegex("^title: .*$", RegexOptions.Multiline)]
    private static partial Regex TitleLine();

    [GeneratedRegex("^([a-z_]+: \"[^\"\\n]*)\"$", RegexOptions.Multiline)]
    private static partial Regex FirstQuotedValue();

    [GeneratedRegex("^(  title: \"[^\"\\n]*)\"$", RegexOptions.Multiline)]
    private static partial Regex FirstSourceTitle();
}
