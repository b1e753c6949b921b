using PolicySite.Pipeline;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Stages;

/// <summary>
/// A build reports each stage as it ends (what the benchmarks' stage runner times a real build
/// by): every stage once, in the order it runs, and none after the one that failed.
/// </summary>
public sealed class BuildStageReportTests : IDisposable
{
    private readonly SiteFixture _site = SiteFixture.FromRepository();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_build_that_writes_reports_every_stage_once_in_order()
    {
        var stages = new List<string>();
        var result = new SiteBuilder { StageDone = stages.Add }.Build(_site.Options());

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(
            [BuildStage.Load, BuildStage.Parse, BuildStage.Link, BuildStage.Render, BuildStage.Emit, BuildStage.Validate, BuildStage.Write],
            stages);
    }

    [Fact]
    public void A_check_reports_every_stage_but_the_write()
    {
        var stages = new List<string>();
        var result = new SiteBuilder { StageDone = stages.Add }.Build(_site.Options(), write: false);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal([BuildStage.Load, BuildStage.Parse, BuildStage.Link, BuildStage.Render, BuildStage.Emit, BuildStage.Validate], stages);
    }

    [Fact]
    public void A_build_whose_theme_lacks_a_layout_stops_before_render_is_reported()
    {
        File.Delete(Path.Combine(_site.Theme, "layouts", "chapter.html"));
        var stages = new List<string>();
        var result = new SiteBuilder { StageDone = stages.Add }.Build(_site.Options());

        Assert.False(result.Succeeded);
        Assert.Equal([BuildStage.Load, BuildStage.Parse, BuildStage.Link], stages);
    }
}
