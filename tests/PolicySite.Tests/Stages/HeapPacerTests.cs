using PolicySite.Pipeline;

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

        var youngCollections = GC.CollectionCount(0);
        Allocate(HeapPacer.YoungBudget + (1 << 20));
        pacer.Step();

        Assert.Equal(1, pacer.Collections);
        Assert.True(GC.CollectionCount(0) > youngCollections);

        // The next budget starts from the collection just made.
        pacer.Step();
        Assert.Equal(1, pacer.Collections);
    }

    [Fact]
    public void What_pages_throw_away_is_collected_young_not_by_full_collections()
    {
        var pacer = new HeapPacer();

        for (var page = 0; page < 64; page++)
        {
            Allocate(1 << 20);
            pacer.Step();
        }

        Assert.InRange(pacer.Collections, 6, 9);
        Assert.Equal(0, pacer.FullCollections);
    }

    [Fact]
    public void It_collects_everything_once_what_the_build_keeps_outgrows_the_old_generations_limit()
    {
        var pacer = new HeapPacer();
        var kept = new List<byte[]>();

        // Each page keeps half of what it allocates, as a build keeps its pages' search text and links.
        for (long keptBytes = 0; keptBytes < 2 * HeapPacer.MinimumOld && pacer.FullCollections == 0; keptBytes += 512 * 1024)
        {
            for (var i = 0; i < 8; i++)
            {
                kept.Add(new byte[64 * 1024 - 32]);
            }
            Allocate(512 * 1024);
            pacer.Step();
        }

        Assert.Equal(1, pacer.FullCollections);
        Assert.True(pacer.Collections > pacer.FullCollections);
        GC.KeepAlive(kept);
    }

    [Fact]
    public void Steps_from_many_threads_at_once_make_one_collection_per_budget()
    {
        var pacer = new HeapPacer();
        Allocate(HeapPacer.YoungBudget + (1 << 20));

        Parallel.For(0, 64, _ => pacer.Step());

        Assert.Equal(1, pacer.Collections);
    }

    /// <summary>Allocates <paramref name="bytes"/> in arrays that die at once, as a build's pages do.</summary>
    private static void Allocate(long bytes)
    {
        for (long done = 0; done < bytes; done += 64 * 1024)
        {
            GC.KeepAlive(new byte[64 * 1024 - 32]);
        }
    }
}
