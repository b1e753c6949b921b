using PolicySite.Cli.Internal.Preview;

namespace PolicySite.Tests.Preview;

/// <summary>A burst of file events (an editor's save: temp file, write, rename) becomes one batch.</summary>
public sealed class ChangeDebouncerTests
{
    [Fact]
    public async Task Given_a_burst_of_events_Then_one_batch_with_every_path_is_handed_on_after_the_quiet_window()
    {
        var batches = new List<ChangeBatch>();
        var first = new TaskCompletionSource();
        using var debouncer = new ChangeDebouncer(TimeSpan.FromMilliseconds(50), TimeSpan.FromSeconds(5), batch =>
        {
            lock (batches)
            {
                batches.Add(batch);
            }
            first.TrySetResult();
        });

        debouncer.Add("/site/input/chapters/.01.md.swp");
        debouncer.Add("/site/input/chapters/01.md");
        debouncer.Add("/site/input/chapters/01.md");
        await first.Task.WaitAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(150);

        var batch = Assert.Single(batches);
        Assert.Equal(["/site/input/chapters/.01.md.swp", "/site/input/chapters/01.md"], batch.Paths.Order(StringComparer.Ordinal));
        Assert.False(batch.Overflowed);
    }

    [Fact]
    public async Task Given_a_steady_stream_of_events_Then_a_batch_is_still_handed_on_after_the_longest_wait()
    {
        var flushed = new TaskCompletionSource<ChangeBatch>();
        using var debouncer = new ChangeDebouncer(TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(300), batch => flushed.TrySetResult(batch));
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));

        var i = 0;
        while (!flushed.Task.IsCompleted && !stop.IsCancellationRequested)
        {
            debouncer.Add($"/site/input/chapters/{i++}.md");
            await Task.Delay(20);
        }

        Assert.True(flushed.Task.IsCompleted, "no batch while events kept coming");
    }

    [Fact]
    public async Task Given_lost_events_Then_the_batch_says_that_anything_may_have_changed()
    {
        var flushed = new TaskCompletionSource<ChangeBatch>();
        using var debouncer = new ChangeDebouncer(TimeSpan.FromMilliseconds(20), TimeSpan.FromSeconds(1), batch => flushed.TrySetResult(batch));

        debouncer.AddOverflow();

        Assert.True((await flushed.Task.WaitAsync(TimeSpan.FromSeconds(5))).Overflowed);
    }
}
