namespace PolicySite.Cli.Internal.Preview;

/// <summary>
/// Watches <c>input/</c> and <c>theme/</c> (with their subfolders) and hands every file event,
/// old and new names of a rename alike, to the debouncer. Lost events (an overflowing buffer)
/// become an "anything may have changed" batch: the rebuild is correct either way, because the
/// build itself compares file contents, not events.
/// </summary>
internal sealed class SiteWatcher : IDisposable
{
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly ChangeDebouncer _debouncer;

    public SiteWatcher(IEnumerable<string> directories, ChangeDebouncer debouncer)
    {
        _debouncer = debouncer;
        foreach (var directory in directories.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(directory)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
                // Bursts such as a git checkout produce many events; a bigger buffer loses fewer.
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => _debouncer.Add(e.FullPath);
            watcher.Created += (_, e) => _debouncer.Add(e.FullPath);
            watcher.Deleted += (_, e) => _debouncer.Add(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                _debouncer.Add(e.OldFullPath);
                _debouncer.Add(e.FullPath);
            };
            watcher.Error += (_, _) => _debouncer.AddOverflow();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers)
        {
            watcher.EnableRaisingEvents = false;
            watcher.Dispose();
        }
        _debouncer.Dispose();
    }
}
