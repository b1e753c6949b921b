using System.Collections.Concurrent;
using PolicySite.Markdown;

namespace PolicySite.Templates;

/// <summary>
/// Lets rendered pages' ASTs (or kept notes) and text go (<see cref="ParsedPage.Release"/>) once no
/// generated page can still quote them: the notes page reads every page's notes, the excerpt and
/// approach pages other pages' ASTs, and they render alongside the pages themselves, so that no
/// core waits for the long notes page.
/// A page rendered while a generated page is still to finish waits here until the last one has.
/// </summary>
internal sealed class SourceReleases(int generatedPages)
{
    private readonly ConcurrentQueue<ParsedPage> _waiting = new();
    private int _generatedLeft = generatedPages;

    public void GeneratedPageDone()
    {
        if (Interlocked.Decrement(ref _generatedLeft) == 0)
        {
            ReleaseWaiting();
        }
    }

    public void Release(ParsedPage page)
    {
        if (Volatile.Read(ref _generatedLeft) == 0)
        {
            page.Release();
            return;
        }
        _waiting.Enqueue(page);
        // The last generated page may have finished since the check above, and its thread may
        // have emptied the queue before this page was in it.
        if (Volatile.Read(ref _generatedLeft) == 0)
        {
            ReleaseWaiting();
        }
    }

    private void ReleaseWaiting()
    {
        while (_waiting.TryDequeue(out var page))
        {
            page.Release();
        }
    }
}
