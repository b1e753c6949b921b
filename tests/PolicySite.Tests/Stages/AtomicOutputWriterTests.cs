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
    public void Should_leave_no_work_folders_behind_after_a_successful_rebuild()
    {
        _site.Write("input/chapters/01-a.md", SampleContent.ChapterWithNote());

        Assert.True(_site.Build().Succeeded);
        Assert.True(_site.Build().Succeeded);

        Assert.True(System.IO.File.Exists(Path.Combine(_site.Output, "chapters", "intro", "index.html")));
        Assert.Empty(LeftoverFolders());
    }
}
