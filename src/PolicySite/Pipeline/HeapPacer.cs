namespace PolicySite.Pipeline;

/// <summary>
/// Keeps a one-off build's heap close to what the build still holds: a full collection each time
/// the build has allocated a third as much again as survived the last one, and at least
/// <see cref="MinimumBudget"/> (<see cref="Step"/>, called after each rendered page), and one
/// between stages (<see cref="Collect"/>).
/// </summary>
/// <remarks>
/// A page's AST, HTML and tree live for milliseconds, but the garbage collector times its full
/// collections by budgets of its own, which on a 5,000-page site let the heap grow to two or three
/// times what the build held: the process peaked near 380 MiB while some 150 MiB was alive. No
/// setting of the collector's changed that (see the README's Performance section). A full
/// collection costs time in proportion to what survives it, and the next comes only once the
/// build has allocated a share of that again, so the cost grows with what the build allocates,
/// not with the square of the site's size. A build that allocates less than
/// <see cref="MinimumBudget"/> (the policy site) makes none. The preview does not pace: its
/// rebuilds are small, and its server's heap is the collector's to manage.
/// </remarks>
internal sealed class HeapPacer
{
    /// <summary>Never collect after less than this has been allocated.</summary>
    public const long MinimumBudget = 64L << 20;

    /// <summary>Allocate this share of what survived the last collection before the next one.</summary>
    public const double Share = 0.35;

    private readonly Lock _lock = new();
    private long _budgetStart = GC.GetTotalAllocatedBytes();
    private long _collectAt = GC.GetTotalAllocatedBytes() + MinimumBudget;

    /// <summary>How many collections this pacer has made.</summary>
    public int Collections { get; private set; }

    /// <summary>Collects if the build has allocated its budget since the last collection; otherwise a read of one counter.</summary>
    public void Step()
    {
        if (GC.GetTotalAllocatedBytes() < Volatile.Read(ref _collectAt))
        {
            return;
        }
        lock (_lock)
        {
            if (GC.GetTotalAllocatedBytes() >= _collectAt)
            {
                CollectLocked();
            }
        }
    }

    /// <summary>
    /// Collects now if the build has allocated at least half a <see cref="MinimumBudget"/> since the
    /// last collection, and starts the next budget from here: between stages, where one leaves its
    /// garbage and the next allocates a lot on top (Parse, then Render; Render, then the search
    /// index). It moves the next collection rather than adds one. A small build (the policy site)
    /// makes none here either: on a cold process a collection cost it some 20 ms.
    /// </summary>
    public void Collect()
    {
        lock (_lock)
        {
            if (GC.GetTotalAllocatedBytes() - _budgetStart >= MinimumBudget / 2)
            {
                CollectLocked();
            }
        }
    }

    private void CollectLocked()
    {
        // Compacting: the prerendered bodies, some 45 MiB on a 5,000-page site, are let go one by
        // one during Render, and a collection that only sweeps leaves the holes they leave in the
        // heap (the process peaked some 15 MiB higher). Moving what survives costs no measurable time.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        Collections++;
        var survived = GC.GetGCMemoryInfo(GCKind.FullBlocking).HeapSizeBytes;
        _budgetStart = GC.GetTotalAllocatedBytes();
        Volatile.Write(ref _collectAt, _budgetStart + Math.Max(MinimumBudget, (long)(survived * Share)));
    }
}
