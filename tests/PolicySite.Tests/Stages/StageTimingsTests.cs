using PolicySite.Pipeline;

namespace PolicySite.Tests.Stages;

public sealed class StageTimingsTests
{
    [Fact]
    public void Should_time_each_stage_from_the_end_of_the_one_before()
    {
        var whole = System.Diagnostics.Stopwatch.StartNew();
        var timings = new StageTimings();
        Thread.Sleep(30);
        timings.Done(BuildStage.Load);
        Thread.Sleep(30);
        timings.Done(BuildStage.Parse);
        whole.Stop();

        Assert.Equal([BuildStage.Load, BuildStage.Parse], timings.Stages.Select(s => s.Stage));
        Assert.All(timings.Stages, s => Assert.True(s.Took >= TimeSpan.FromMilliseconds(25), $"{s.Stage}: {s.Took}"));
        // Parse's time starts where Load's ends: together they are no longer than the whole.
        Assert.True(timings.Stages[0].Took + timings.Stages[1].Took <= whole.Elapsed, $"{timings.Stages[0].Took} + {timings.Stages[1].Took} > {whole.Elapsed}");
    }

    [Fact]
    public void Should_count_a_collection_in_the_stage_that_it_paused()
    {
        var timings = new StageTimings();
        timings.Done(BuildStage.Load);
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        timings.Done(BuildStage.Parse);

        var parse = timings.Stages[1];
        Assert.True(parse.Paused > TimeSpan.Zero, "a blocking collection paused the stage");
        Assert.True(parse.Paused <= parse.Took, $"paused {parse.Paused} of {parse.Took}");
        Assert.Matches(@"^Stages: load \d+ ms \(GC \d+ ms\), parse \d+ ms \(GC \d+ ms\); ", timings.Summary());
    }

    [Fact]
    public void Should_say_in_its_summary_when_no_stage_finished()
    {
        var summary = new StageTimings().Summary();

        Assert.StartsWith("Stages: none finished; garbage collection paused the build ", summary);
        Assert.Matches(@"peak memory [1-9]\d* MiB\.$", summary);
    }
}
