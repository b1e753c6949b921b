namespace PolicySite.Pipeline;

/// <summary>
/// Keeps a one-off build's heap close to what the build still holds (<see cref="Step"/>, called
/// after each page): a young collection each time the build has allocated
/// <see cref="YoungBudget"/>, and a full one instead once the old generations have grown
/// <see cref="OldGrowth"/> beyond what survived the last full collection, and at least
/// <see cref="MinimumOld"/> beyond what they held when the build started.
/// </summary>
/// <remarks>
/// A page's AST, HTML and tree live for milliseconds, but the garbage collector times its
/// collections by budgets of its own, which on a 5,000-page site let the heap grow to two or three
/// times what the build held: the process peaked near 380 MiB while some 150 MiB was alive. No
/// setting of the collector's changed that (see the README's Performance section).
/// <para>
/// Young collections keep what a page throws away in memory that the build has touched before: a
/// young collection costs time in proportion to what survives it, which is little (what the pages
/// leave behind for search and the link checks), while memory touched for the first time costs a
/// page fault and clearing, and between full collections alone a 1,000-page build went through
/// some 100 MiB of it. Full collections (which mark everything alive) come only as the build's
/// lasting data grows, so their cost grows with the site, not with the square of its size. The
/// policy site allocates about 10 MiB: one young collection, no full one. The preview does not
/// pace: its rebuilds are small, and its server's heap is the collector's to manage.
/// </para>
/// </remarks>
internal sealed class HeapPacer
{
    /// <summary>Collect the young generation each time the build has allocated this much.</summary>
    public const long YoungBudget = 8L << 20;

    /// <summary>Never collect everything before the old generations (all but generation 0) have grown this much since the pacer started.</summary>
    public const long MinimumOld = 64L << 20;

    /// <summary>Collect everything once the old generations hold this share more than survived the last full collection.</summary>
    public const double OldGrowth = 0.2;

    private readonly Lock _lock = new();
    private long _collectAt = GC.GetTotalAllocatedBytes() + YoungBudget;
    private readonly long _oldFloor;
    private long _oldLimit;

    public HeapPacer()
    {
        // From what the process held before the build (its start-up, or an earlier build's leftovers).
        _oldFloor = OldGenerationsSize(GC.GetGCMemoryInfo(GCKind.Any)) + MinimumOld;
        _oldLimit = _oldFloor;
    }

    /// <summary>How many collections this pacer has made, young and full.</summary>
    public int Collections { get; private set; }

    /// <summary>How many of <see cref="Collections"/> were full collections.</summary>
    public int FullCollections { get; private set; }

    /// <summary>Collects if the build has allocated its budget since the last collection; otherwise a read of one counter.</summary>
    public void Step()
    {
        if (GC.GetTotalAllocatedBytes() < Volatile.Read(ref _collectAt))
        {
            return;
        }
        lock (_lock)
        {
            if (GC.GetTotalAllocatedBytes() < _collectAt)
            {
                return;
            }
            // The old generations as the latest collection (ours or the collector's own) left them.
            if (OldGenerationsSize(GC.GetGCMemoryInfo(GCKind.Any)) < _oldLimit)
            {
                GC.Collect(0, GCCollectionMode.Forced, blocking: true, compacting: true);
            }
            else
            {
                // Not compacting: moving everything alive would cost more than the gaps it closes.
                GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: false);
                FullCollections++;
                var survived = GC.GetGCMemoryInfo(GCKind.FullBlocking).HeapSizeBytes;
                _oldLimit = Math.Max(_oldFloor, (long)(survived * (1 + OldGrowth)));
            }
            Collections++;
            Volatile.Write(ref _collectAt, GC.GetTotalAllocatedBytes() + YoungBudget);
        }
    }

    /// <summary>
    /// Everything but generation 0: what has survived a collection. Young collections leave it to
    /// the collector when to move generation 1 on to generation 2, so both count.
    /// </summary>
    private static long OldGenerationsSize(GCMemoryInfo info)
    {
        var generations = info.GenerationInfo;
        long size = 0;
        for (var generation = 1; generation < generations.Length; generation++)
        {
            size += generations[generation].SizeAfterBytes;
        }
        return size;
    }
}
