namespace PolicySite.Tests.Preview;

/// <summary>
/// Reads a Server-Sent Event stream the way a browser's EventSource does: <c>event:</c> and
/// <c>data:</c> lines up to a blank line make one event; comments are skipped. Every wait is bounded.
/// </summary>
public sealed class EventStream : IAsyncDisposable
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventStream(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public string ContentType => _response.Content.Headers.ContentType?.MediaType ?? "";

    public static async Task<EventStream> OpenAsync(HttpClient http, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return new EventStream(response, new StreamReader(await response.Content.ReadAsStreamAsync()));
    }

    /// <summary>The next event of any name.</summary>
    public async Task<(string Name, string Data)> NextAsync(TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? DefaultTimeout);
        string? name = null;
        var data = new List<string>();
        while (true)
        {
            string? line;
            try
            {
                line = await _reader.ReadLineAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"no event within {(timeout ?? DefaultTimeout).TotalSeconds} s");
            }
            if (line is null)
            {
                throw new EndOfStreamException("the event stream ended");
            }
            if (line.Length == 0)
            {
                if (name is not null || data.Count > 0)
                {
                    return (name ?? "message", string.Join('\n', data));
                }
                continue;
            }
            if (line.StartsWith(':'))
            {
                continue;
            }
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Add(line["data: ".Length..]);
            }
        }
    }

    /// <summary>Skips events until one named <paramref name="name"/> arrives; returns its data.</summary>
    public async Task<string> NextAsync(string name, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        var seen = new List<string>();
        while (true)
        {
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero)
            {
                throw new TimeoutException($"no '{name}' event in time; saw: {string.Join(", ", seen)}");
            }
            var next = await NextAsync(left);
            if (next.Name == name)
            {
                return next.Data;
            }
            seen.Add(next.Name);
        }
    }

    public ValueTask DisposeAsync()
    {
        _reader.Dispose();
        _response.Dispose();
        return ValueTask.CompletedTask;
    }
}
