using System.Text;
using PolicySite.Diagnostics;
using PolicySite.Emit;
using PolicySite.Output;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Stages;

/// <summary>
/// The staging folder a writing build places each page in as it is rendered: many threads at
/// once, nothing visible in the output until the commit, and nothing left behind when the build
/// is abandoned.
/// </summary>
public sealed class OutputStagingTests : IDisposable
{
    private readonly SiteFixture _site = new();

    public void Dispose() => _site.Dispose();

    private string[] LeftoverFolders() =>
        Directory.GetDirectories(_site.Root, ".output.*").Select(Path.GetFileName).OfType<string>().ToArray();

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private void WritePreviousOutput() =>
        Assert.True(new AtomicOutputWriter().Run([new OutputFile("index.html", Bytes("<p>previous</p>")), new OutputFile("old/index.html", Bytes("<p>old</p>"))], _site.Output, new DiagnosticBag()));

    [Fact]
    public void Should_publish_pages_placed_from_many_threads_into_their_own_folders_only_on_commit()
    {
        WritePreviousOutput();
        var before = OutputSnapshot.Take(_site.Output);

        using (var staging = OutputStaging.Begin(_site.Output))
        {
            Parallel.For(0, 500, i => staging.Place($"chapters/chapter-{i}/index.html", Bytes($"<p>{i}</p>")));
            staging.Place("index.html", Bytes("<p>new</p>"));
            before.AssertUnchanged();

            staging.Commit();
        }

        var after = OutputSnapshot.Take(_site.Output);
        Assert.Equal(501, after.Count);
        Assert.Equal("<p>499</p>", File.ReadAllText(Path.Combine(_site.Output, "chapters", "chapter-499", "index.html")));
        Assert.Equal("<p>new</p>", File.ReadAllText(Path.Combine(_site.Output, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(_site.Output, "old")));
        Assert.Empty(LeftoverFolders());
    }

    [Fact]
    public void Should_leave_the_previous_output_and_delete_the_staging_folder_when_the_build_is_abandoned()
    {
        WritePreviousOutput();
        var before = OutputSnapshot.Take(_site.Output);

        using (var staging = OutputStaging.Begin(_site.Output))
        {
            staging.Place("index.html", Bytes("<p>never published</p>"));
            staging.Place("chapters/a/index.html", Bytes("<p>a</p>"));
        }

        before.AssertUnchanged();
        Assert.Empty(LeftoverFolders());
    }

    [Fact]
    public void Should_refuse_a_path_outside_the_output_folder_and_then_refuse_to_commit()
    {
        WritePreviousOutput();
        var before = OutputSnapshot.Take(_site.Output);

        using (var staging = OutputStaging.Begin(_site.Output))
        {
            staging.Place("index.html", Bytes("<p>new</p>"));
            staging.Place("../escaped.html", Bytes("<p>out</p>"));

            Assert.NotNull(staging.Fault);
            var refused = Assert.Throws<IOException>(staging.Commit);
            Assert.Contains("outside the output folder", refused.Message, StringComparison.Ordinal);
        }

        Assert.False(File.Exists(Path.Combine(_site.Root, "escaped.html")));
        before.AssertUnchanged();
        Assert.Empty(LeftoverFolders());
    }
}
