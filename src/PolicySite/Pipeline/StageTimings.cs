using System.Diagnostics;
using System.Globalization;

namespace PolicySite.Pipeline;

/// <summary>
/// How long each stage of one build took (<see cref="SiteBuilder.StageDone"/>), how long the
/// garbage collector paused it, and the process's peak memory: what <c>--verbose</c> prints after a
/// build, so that whoever waits for a slow build can see where its time goes.
/// </summary>
/// <remarks>Made just before the build starts; <see cref="Done"/> is called on the building thread.</remarks>
public sealed class StageTimings
{
    private readonly List<(string Stage, TimeSpan Took, TimeSpan Paused)> _stages = [];
    private readonly TimeSpan _pausedBefore = GC.GetTotalPauseDuration();
    private readonly int _fullCollectionsBefore = GC.CollectionCount(2);
    private long _last = Stopwatch.GetTimestamp();
    private TimeSpan _lastPaused = GC.GetTotalPauseDuration();

    /// <summary>
    /// Each stage that ended, in order, with how long it took and how much of that the garbage
    /// collector paused the build: the collector's share differs from stage to stage (what one
    /// stage keeps, every later collection marks again), and a stage's time alone hides it.
    /// </summary>
    public IReadOnlyList<(string Stage, TimeSpan Took, TimeSpan Paused)> Stages => _stages;

    /// <summary>Records that <paramref name="stage"/> (a <see cref="BuildStage"/> name) ended now.</summary>
    public void Done(string stage)
    {
        var now = Stopwatch.GetTimestamp();
        var paused = GC.GetTotalPauseDuration();
        _stages.Add((stage, Stopwatch.GetElapsedTime(_last, now), paused - _lastPaused));
        _last = now;
        _lastPaused = paused;
    }

    /// <summary>
    /// One line, e.g. <c>Stages: load 131 ms (GC 20 ms), parse 250 ms (GC 95 ms), …; garbage
    /// collection paused the build 392 ms (9 full collections); peak memory 267 MiB.</c>
    /// </summary>
    public string Summary()
    {
        var stages = string.Join(", ", _stages.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Stage} {s.Took.TotalMilliseconds:0} ms (GC {s.Paused.TotalMilliseconds:0} ms)")));
        var paused = GC.GetTotalPauseDuration() - _pausedBefore;
        var full = GC.CollectionCount(2) - _fullCollectionsBefore;
        using var process = Process.GetCurrentProcess();
        return string.Create(CultureInfo.InvariantCulture,
            $"Stages: {(stages.Length == 0 ? "none finished" : stages)}; garbage collection paused the build {paused.TotalMilliseconds:0} ms ({full} full collection{(full == 1 ? "" : "s")}); peak memory {process.PeakWorkingSet64 >> 20} MiB.");
    }
}
