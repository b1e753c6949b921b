using System.Net.Sockets;
using System.Text;

namespace PolicySite.Tests.Preview;

/// <summary>
/// Sends a request target exactly as written: HttpClient (like a browser) would normalise
/// <c>/../</c> and encoded dots away before sending, and an attacker's client does not.
/// </summary>
public static class RawHttp
{
    public sealed record Response(int Status, string Head, string Body);

    public static async Task<Response> GetAsync(Uri server, string target, string method = "GET", string? host = null)
    {
        using var client = new TcpClient();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await client.ConnectAsync(server.Host, server.Port, cancel.Token);
        await using var stream = client.GetStream();
        var request = $"{method} {target} HTTP/1.1\r\nHost: {host ?? server.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request), cancel.Token);

        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancel.Token);
        var text = Encoding.UTF8.GetString(buffer.ToArray());
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        var body = split < 0 ? "" : text[(split + 4)..];
        var status = int.Parse(head.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return new Response(status, head, body);
    }
}
