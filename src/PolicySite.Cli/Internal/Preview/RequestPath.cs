namespace PolicySite.Cli.Internal.Preview;

/// <summary>
/// Reads the path of a request target as the client sent it, before anything on the server
/// normalises it, and refuses every form of "leave the site" outright: dot segments (plain or
/// percent-encoded), encoded slashes, backslashes, empty segments (<c>//etc/passwd</c>), drive
/// letters and NUL. What passes is a decoded path that is only ever looked up in the in-memory
/// site, never on disk; refusing early also keeps the answer the same on every platform.
/// </summary>
internal static class RequestPath
{
    /// <summary>The decoded path (leading slash, trailing slash kept) and the raw path it came from; false for a bad request.</summary>
    public static bool TryParse(string rawTarget, out string path, out string rawPath)
    {
        path = rawPath = "";
        var end = rawTarget.IndexOfAny(['?', '#']);
        var raw = end < 0 ? rawTarget : rawTarget[..end];
        // Origin form only: absolute-form targets are for proxies, and "*" for OPTIONS.
        if (!raw.StartsWith('/') || raw.Contains('\\'))
        {
            return false;
        }

        var segments = raw[1..].Split('/');
        var decoded = new string[segments.Length];
        for (var i = 0; i < segments.Length; i++)
        {
            var last = i == segments.Length - 1;
            if (segments[i].Length == 0)
            {
                if (!last)
                {
                    return false;
                }
                decoded[i] = "";
                continue;
            }

            var segment = Uri.UnescapeDataString(segments[i]);
            if (segment is "." or ".." || segment.Any(c => c is '/' or '\\' or ':' || char.IsControl(c)))
            {
                return false;
            }
            decoded[i] = segment;
        }

        path = "/" + string.Join('/', decoded);
        rawPath = raw;
        return true;
    }
}
