namespace PolicySite.Tests.Support;

/// <summary>Allocations for the garbage collector's tests: arrays dropped as soon as they are made.</summary>
internal static class Garbage
{
    /// <summary>Allocates <paramref name="bytes"/> in arrays that die at once, as a build's pages do (each below the large object heap's threshold).</summary>
    public static void Allocate(long bytes)
    {
        for (long done = 0; done < bytes; done += 64 * 1024)
        {
            GC.KeepAlive(new byte[64 * 1024 - 32]);
        }
    }
}
