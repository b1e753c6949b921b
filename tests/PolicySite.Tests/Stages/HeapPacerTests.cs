using PolicySite.Pipeline;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Stages;

/// <summary>
/// The pacer reads the process's allocation counter, which every test adds to: these run with no
/// other test alongside, so that the only allocations between two steps are their own.
/// </summary>
[Collection(nameof(HeapPacerTests))]
public sealed class HeapPacerTests
{
    [Fact]
    public void It_collects_only_once_the_build_has_allocated_its_budget()
    {
        var pacer = new HeapPacer();
        pacer.Step();
        Assert.Equal(0, pacer.Collections);

        var fullCollections = GC.CollectionCount(2);
        Garbage.Allocate(HeapPacer.MinimumBudget + (1 << 20));
        pacer.Step();

        Assert.Equal(1, pacer.Collections);
        Assert.True(GC.CollectionCount(2) > fullCollections);

        // The next budget starts from the collection just made.
        pacer.Step();
        Assert.Equal(1, pacer.Collections);
    }

    [Fact]
    public void Steps_from_many_threads_at_once_make_one_collection_per_budget()
    {
        var pacer = new HeapPacer();
        Garbage.Allocate(HeapPacer.MinimumBudget + (1 << 20));

        Parallel.For(0, 64, _ => pacer.Step());

        Assert.Equal(1, pacer.Collections);
    }

    [Fact]
    public void A_collection_between_stages_starts_the_next_budget()
    {
        var pacer = new HeapPacer();
        Garbage.Allocate(HeapPacer.MinimumBudget - (1 << 20));

        pacer.Collect();
        Assert.Equal(1, pacer.Collections);

        // Past the budget the pacer started with, but not past the one the collection started.
        Garbage.Allocate(2 << 20);
        pacer.Step();
        Assert.Equal(1, pacer.Collections);
    }

    [Fact]
    public void A_small_build_makes_no_collection_between_stages()
    {
        var pacer = new HeapPacer();
        Garbage.Allocate(1 << 20);

        pacer.Collect();

        Assert.Equal(0, pacer.Collections);
    }
}
