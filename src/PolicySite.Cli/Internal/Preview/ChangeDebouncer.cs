namespace PolicySite.Cli.Internal.Preview;

/// <summary>
/// Gathers file events into one batch per burst. Editors save through temp files, renames and
/// several writes; a batch is handed on once no event has come for the quiet window (or, under a
/// steady stream of events, after the longest wait), so one save makes one rebuild.
/// </summary>
internal sealed class ChangeDebouncer : IDisposable
{
    private readonly Lock _lock = new();
    private readonly TimeSpan _quiet;
    private readonly TimeSpan _longest;
    private readonly Action<ChangeBatch> _flush;
    private readonly TimeProvider _time;
    private readonly ITimer _timer;
    private HashSet<string> _paths = new(StringComparer.Ordinal);
    private bool _overflowed;
    private long _first;
    private long _last;
    private bool _pending;

    public ChangeDebouncer(TimeSpan quiet, TimeSpan longest, Action<ChangeBatch> flush, TimeProvider? time = null)
    {
        _quiet = quiet;
        _longest = longest;
        _flush = flush;
        _time = time ?? TimeProvider.System;
        _timer = _time.CreateTimer(_ => Elapsed(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public void Add(string path) => Add(path, overflowed: false);

    /// <summary>Events were lost; the batch then stands for "anything may have changed".</summary>
    public void AddOverflow() => Add(null, overflowed: true);

    public void Dispose() => _timer.Dispose();

    private void Add(string? path, bool overflowed)
    {
        lock (_lock)
        {
            var now = _time.GetTimestamp();
            if (!_pending)
            {
                _pending = true;
                _first = now;
            }
            _last = now;
            if (path is not null)
            {
                _paths.Add(path);
            }
            _overflowed |= overflowed;
            var left = _longest - _time.GetElapsedTime(_first, now);
            _timer.Change(Min(_quiet, left < TimeSpan.Zero ? TimeSpan.Zero : left), Timeout.InfiniteTimeSpan);
        }
    }

    private void Elapsed()
    {
        ChangeBatch batch;
        lock (_lock)
        {
            if (!_pending)
            {
                return;
            }
            var now = _time.GetTimestamp();
            var quietFor = _time.GetElapsedTime(_last, now);
            var waitedFor = _time.GetElapsedTime(_first, now);
            if (quietFor < _quiet && waitedFor < _longest)
            {
                // An event came in while the timer fired; wait out the rest of its quiet window.
                _timer.Change(Min(_quiet - quietFor, _longest - waitedFor), Timeout.InfiniteTimeSpan);
                return;
            }
            batch = new ChangeBatch(_paths, _overflowed);
            _paths = new HashSet<string>(StringComparer.Ordinal);
            _overflowed = false;
            _pending = false;
        }
        _flush(batch);
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
