using PolicySite.Pipeline;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Stages;

/// <summary>
/// A build that writes places each page in the staging folder as it is rendered instead of
/// holding it to the end; what lands in the output must be exactly what a check holds in memory.
/// </summary>
public sealed class WritingBuildTests : IDisposable
{
    private readonly SiteFixture _site = SiteFixture.FromRepository();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_write_byte_for_byte_the_files_a_check_produces_and_hold_none_of_them()
    {
        var check = new SiteBuilder().Build(_site.Options(), write: false);
        var build = new SiteBuilder().Build(_site.Options());

        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.Empty(build.Files);
        Assert.Equal(check.Files.Select(f => f.Path), build.Paths);
        Assert.Equal(check.PageCount, build.PageCount);
        var written = Directory.EnumerateFiles(_site.Output, "*", SearchOption.AllDirectories)
            .Select(p => Path.GetRelativePath(_site.Output, p).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
        Assert.Equal(build.Paths, written);
        Assert.All(check.Files, file => Assert.Equal(file.Content, File.ReadAllBytes(Path.Combine(_site.Output, file.Path))));
    }
}
