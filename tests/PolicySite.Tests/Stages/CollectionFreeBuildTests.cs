using System.Runtime;
using PolicySite.Pipeline;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Stages;

/// <summary>
/// The collector's one no-collection region is the process's: these run with no other test
/// alongside (<see cref="HeapPacerTestsCollection"/>), so that only their own builds hold it.
/// </summary>
[Collection(nameof(HeapPacerTests))]
public sealed class CollectionFreeBuildTests : IDisposable
{
    private readonly SiteFixture _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_small_sites_build_holds_the_collector_off_until_it_ends()
    {
        _site.Write("input/chapters/01-a.md", SampleContent.ChapterWithNote());

        using (var hold = CollectionFreeBuild.TryStart(_site.Input))
        {
            Assert.NotNull(hold);
            Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
            var collections = GC.CollectionCount(0);
            Garbage.Allocate(8 << 20);
            Assert.Equal(collections, GC.CollectionCount(0));
        }

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_site_with_more_Markdown_than_a_small_one_is_left_to_the_pacer()
    {
        _site.Write("input/chapters/01-a.md", SampleContent.ChapterWithNote());
        Assert.True(CollectionFreeBuild.IsSmall(_site.Input));

        _site.Write("input/chapters/02-long.md", SampleContent.ChapterWithNote() + new string('x', (int)CollectionFreeBuild.SmallSiteMarkdown));

        Assert.False(CollectionFreeBuild.IsSmall(_site.Input));
        Assert.Null(CollectionFreeBuild.TryStart(_site.Input));
        Assert.False(CollectionFreeBuild.IsSmall(_site.PathOf("no-such-folder")));
    }

    [Fact]
    public void A_build_that_finds_the_collector_held_off_runs_as_any_other()
    {
        using var first = CollectionFreeBuild.TryStart(_site.Input);
        Assert.NotNull(first);

        Assert.Null(CollectionFreeBuild.TryStart(_site.Input));
        Assert.Equal(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_hold_that_a_collection_ended_early_is_not_ended_again()
    {
        var hold = CollectionFreeBuild.TryStart(_site.Input);
        Assert.NotNull(hold);

        // An induced collection ends the region.
        GC.Collect();
        hold.Dispose();

        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }

    [Fact]
    public void A_one_off_build_lets_the_collector_run_again_when_it_ends()
    {
        _site.Write("input/chapters/01-a.md", SampleContent.ChapterWithNote());

        var result = _site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.NotEqual(GCLatencyMode.NoGCRegion, GCSettings.LatencyMode);
    }
}
