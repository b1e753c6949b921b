using System.Threading.Channels;

namespace PolicySite.Cli.Internal.Preview;

/// <summary>
/// The open pages' Server-Sent Event streams. A page that connects is told the current build and,
/// while the latest rebuild has failed, its errors, so a page opened during a failure shows the
/// overlay too. Each client has a small queue of its own: a slow tab never holds up a rebuild.
/// </summary>
internal sealed class LiveReloadHub : IDisposable
{
    private readonly Lock _lock = new();
    private readonly List<Channel<LiveReloadEvent>> _clients = [];
    private readonly CancellationTokenSource _closing = new();
    private LiveReloadEvent _hello;
    private LiveReloadEvent? _errors;

    public LiveReloadHub(string buildId) => _hello = LiveReloadEvent.Hello(buildId);

    /// <summary>Cancelled when the server stops: every stream ends, so shutdown does not wait for open tabs.</summary>
    public CancellationToken Closing => _closing.Token;

    public int ClientCount
    {
        get
        {
            lock (_lock)
            {
                return _clients.Count;
            }
        }
    }

    /// <summary>A new stream, primed with what a page needs to know on connecting.</summary>
    public ChannelReader<LiveReloadEvent> Connect()
    {
        var channel = Channel.CreateBounded<LiveReloadEvent>(new BoundedChannelOptions(32)
        {
            FullMode = BoundedChannelFullMode.DropOldest,
            SingleReader = true,
        });
        lock (_lock)
        {
            channel.Writer.TryWrite(_hello);
            if (_errors is not null)
            {
                channel.Writer.TryWrite(_errors);
            }
            _clients.Add(channel);
        }
        return channel.Reader;
    }

    public void Disconnect(ChannelReader<LiveReloadEvent> reader)
    {
        lock (_lock)
        {
            _clients.RemoveAll(c => c.Reader == reader);
        }
    }

    /// <summary>A good build is being served: new pages are greeted with its id, and the errors are gone.</summary>
    public void Published(string buildId, LiveReloadEvent? change, bool recovered)
    {
        lock (_lock)
        {
            _hello = LiveReloadEvent.Hello(buildId);
            _errors = null;
            if (recovered)
            {
                Send(LiveReloadEvent.Ok(buildId));
            }
            if (change is not null)
            {
                Send(change);
            }
        }
    }

    /// <summary>A rebuild failed: the overlay for every open page, and for every page that connects until a build succeeds.</summary>
    public void Failed(ErrorReport report)
    {
        lock (_lock)
        {
            _errors = LiveReloadEvent.Errors(report);
            Send(_errors);
        }
    }

    /// <summary>A comment line keeps idle connections open through proxies and lets the server notice closed tabs.</summary>
    public void Ping()
    {
        lock (_lock)
        {
            Send(LiveReloadEvent.Ping);
        }
    }

    public void Close()
    {
        lock (_lock)
        {
            foreach (var client in _clients)
            {
                client.Writer.TryComplete();
            }
            _clients.Clear();
        }
        _closing.Cancel();
    }

    public void Dispose() => _closing.Dispose();

    private void Send(LiveReloadEvent message)
    {
        foreach (var client in _clients)
        {
            client.Writer.TryWrite(message);
        }
    }
}
