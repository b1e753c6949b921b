using PolicySite.Diagnostics;
using PolicySite.Emit;
using PolicySite.Output;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Stages;

public sealed class AtomicOutputWriterTests : IDisposable
{
    private readonly SiteFixture _site = new();

    public void Dispose() => _site.Dispose();

    /// <summary>The hidden work folders the writer creates beside the output folder.</summary>
    private string[] LeftoverFolders() =>
        Directory.GetDirectories(_site.Root, ".output.*").Select(Path.GetFileName).OfType<string>().ToArray();

    /// <summary>A modification time no build can give a file: a file that still has it was not rewritten.</summary>
    private static readonly DateTime LongAgo = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    private static OutputFile File(string path, string content) => new(path, System.Text.Encoding.UTF8.GetBytes(content));

    private void WritePreviousOutput()
    {
        Assert.True(new AtomicOutputWriter().Run([File("index.html", "<p>previous</p>"), File("old/index.html", "<p>old</p>")], _site.Output, new DiagnosticBag()));
    }

    [Fact]
    public void Should_replace_the_output_folder_and_leave_no_work_folders_behind()
    {
        WritePreviousOutput();
        var diagnostics = new DiagnosticBag();

        var written = new AtomicOutputWriter().Run([File("index.html", "<p>new</p>"), File("a/b/index.html", "<p>b</p>")], _site.Output, diagnostics);

        Assert.True(written);
        Assert.Empty(diagnostics.Sorted());
        Assert.Equal(2, OutputSnapshot.Take(_site.Output).Count);
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "old")));
        Assert.Equal("<p>new</p>", System.IO.File.ReadAllText(Path.Combine(_site.Output, "index.html")));
        Assert.Empty(LeftoverFolders());
    }

    [Fact]
    public void Should_leave_the_previous_output_and_no_staging_folder_when_a_file_cannot_be_written()
    {
        WritePreviousOutput();
        var before = OutputSnapshot.Take(_site.Output);
        var diagnostics = new DiagnosticBag();

        // "a" is written as a file, so "a/index.html" cannot be: the write fails halfway.
        var written = new AtomicOutputWriter().Run([File("a", "a file"), File("a/index.html", "<p>a</p>")], _site.Output, diagnostics);

        Assert.False(written);
        var diagnostic = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.OutputWriteFailed, diagnostic.Code);
        before.AssertUnchanged();
        Assert.Empty(LeftoverFolders());
    }

    [Fact]
    public void Should_keep_the_previous_file_of_a_page_whose_bytes_did_not_change()
    {
        WritePreviousOutput();
        var index = Path.Combine(_site.Output, "index.html");
        var old = Path.Combine(_site.Output, "old", "index.html");
        System.IO.File.SetLastWriteTimeUtc(index, LongAgo);
        System.IO.File.SetLastWriteTimeUtc(old, LongAgo);

        // "<p>new</p>" has the length of "<p>old</p>": only its bytes tell that it changed.
        var written = new AtomicOutputWriter().Run([File("index.html", "<p>previous</p>"), File("old/index.html", "<p>new</p>")], _site.Output, new DiagnosticBag());

        Assert.True(written);
        Assert.Equal(LongAgo, System.IO.File.GetLastWriteTimeUtc(index));
        Assert.Equal("<p>previous</p>", System.IO.File.ReadAllText(index));
        Assert.NotEqual(LongAgo, System.IO.File.GetLastWriteTimeUtc(old));
        Assert.Equal("<p>new</p>", System.IO.File.ReadAllText(old));
        Assert.Empty(LeftoverFolders());
    }

    [Fact]
    public void Should_leave_the_previous_output_as_it_was_when_a_write_that_kept_some_of_its_files_fails()
    {
        WritePreviousOutput();
        var index = Path.Combine(_site.Output, "index.html");
        System.IO.File.SetLastWriteTimeUtc(index, LongAgo);
        var before = OutputSnapshot.Take(_site.Output);

        // index.html is unchanged and kept; then "a/index.html" cannot be written because "a" is a file.
        var written = new AtomicOutputWriter().Run([File("index.html", "<p>previous</p>"), File("a", "a file"), File("a/index.html", "<p>a</p>")], _site.Output, new DiagnosticBag());

        Assert.False(written);
        before.AssertUnchanged();
        Assert.Equal(LongAgo, System.IO.File.GetLastWriteTimeUtc(index));
        Assert.Empty(LeftoverFolders());
    }

    [Fact]
    public void Should_refuse_a_path_outside_the_output_folder_and_leave_no_staging_folder()
    {
        WritePreviousOutput();
        var before = OutputSnapshot.Take(_site.Output);
        var diagnostics = new DiagnosticBag();

        var written = new AtomicOutputWriter().Run([File("index.html", "<p>new</p>"), File("../escaped.html", "<p>x</p>")], _site.Output, diagnostics);

        Assert.False(written);
        Assert.Equal(DiagnosticCodes.OutputWriteFailed, Assert.Single(diagnostics.Sorted()).Code);
        before.AssertUnchanged();
        Assert.False(System.IO.File.Exists(_site.PathOf("escaped.html")));
        Assert.Empty(LeftoverFolders());
    }

    [Fact]
    public void Should_leave_no_staging_folder_behind_when_a_build_fails()
    {
        _site.Write("input/chapters/01-a.md", SampleContent.ChapterWithNote());
        Assert.True(_site.Build().Succeeded);
        var before = OutputSnapshot.Take(_site.Output);
        _site.Write("input/chapters/01-a.md", SampleContent.Chapter(body: "A note.[^missing]\n"));

        var result = _site.Build();

        Assert.False(result.Succeeded);
        before.AssertUnchanged();
        Assert.Empty(LeftoverFolders());
    }

    [Fact]
    public void Should_leave_no_staging_folder_behind_when_a_strict_build_fails_on_a_warning()
    {
        _site.Write("input/chapters/01-a.md", SampleContent.Chapter(body: "See [nothing](/chapters/nope/).\n"));

        var result = _site.Build(strict: true);

        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(_site.Output));
        Assert.Empty(LeftoverFolders());
    }

    [Fact]
    public void Should_rewrite_only_the_pages_that_changed_when_a_site_is_built_again()
    {
        _site.Write("input/chapters/01-a.md", SampleContent.Chapter(id: "intro", order: 1, title: "Intro"));
        _site.Write("input/chapters/02-b.md", SampleContent.Chapter(id: "second", order: 2, title: "Second", number: "II"));
        Assert.True(_site.Build().Succeeded);
        var unchanged = Path.Combine(_site.Output, "chapters", "second", "index.html");
        var changed = Path.Combine(_site.Output, "chapters", "intro", "index.html");
        System.IO.File.SetLastWriteTimeUtc(unchanged, LongAgo);
        System.IO.File.SetLastWriteTimeUtc(changed, LongAgo);
        var unchangedBytes = System.IO.File.ReadAllBytes(unchanged);

        _site.Write("input/chapters/01-a.md", SampleContent.Chapter(id: "intro", order: 1, title: "Intro", body: "Edited body text.\n"));
        Assert.True(_site.Build().Succeeded);

        Assert.Equal(LongAgo, System.IO.File.GetLastWriteTimeUtc(unchanged));
        Assert.Equal(unchangedBytes, System.IO.File.ReadAllBytes(unchanged));
        Assert.NotEqual(LongAgo, System.IO.File.GetLastWriteTimeUtc(changed));
        Assert.Contains("Edited body text.", System.IO.File.ReadAllText(changed));
        Assert.Empty(LeftoverFolders());
    }

    [Fact]
    public void Should_leave_no_work_folders_behind_after_a_successful_rebuild()
    {
        _site.Write("input/chapters/01-a.md", SampleContent.ChapterWithNote());

        Assert.True(_site.Build().Succeeded);
        Assert.True(_site.Build().Succeeded);

        Assert.True(System.IO.File.Exists(Path.Combine(_site.Output, "chapters", "intro", "index.html")));
        Assert.Empty(LeftoverFolders());
    }
}
