using System.Text.RegularExpressions;

namespace PolicySite.Tests.Publishing;

/// <summary>
/// Reads a <c>_headers</c> file and answers, as Netlify does, which headers a request path gets:
/// every rule whose path matches applies, and a header that two matching rules set is joined into
/// one comma-separated value. The path patterns follow Netlify's own matcher (netlify-cli's
/// <c>getRulePattern</c>): a trailing slash is optional, <c>*</c> alone matches any rest of the path,
/// <c>*</c> inside a segment any characters.
/// </summary>
internal sealed class NetlifyHeaders
{
    private readonly List<(string Path, Regex Pattern, List<(string Name, string Value)> Headers)> _rules = [];

    public NetlifyHeaders(string text)
    {
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }
            if (!char.IsWhiteSpace(line[0]))
            {
                _rules.Add((line.Trim(), Pattern(line.Trim()), []));
                continue;
            }
            Assert.True(_rules.Count > 0, $"header line before any path: '{line}'");
            var colon = line.IndexOf(':');
            Assert.True(colon > 0, $"not a header line: '{line}'");
            _rules[^1].Headers.Add((line[..colon].Trim(), line[(colon + 1)..].Trim()));
        }
    }

    public IReadOnlyList<string> Paths => _rules.Select(r => r.Path).ToList();

    public IReadOnlyList<(string Name, string Value)> HeadersOf(string rulePath) =>
        _rules.Single(r => r.Path == rulePath).Headers;

    /// <summary>The response headers for <paramref name="requestPath"/>, by name (case-insensitive), with every value any rule gave it.</summary>
    public IReadOnlyDictionary<string, List<string>> For(string requestPath)
    {
        var headers = new Dictionary<string, List<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in _rules.Where(r => r.Pattern.IsMatch(requestPath)))
        {
            foreach (var (name, value) in rule.Headers)
            {
                if (!headers.TryGetValue(name, out var values))
                {
                    headers[name] = values = [];
                }
                values.Add(value);
            }
        }
        return headers;
    }

    private static Regex Pattern(string rulePath)
    {
        var parts = rulePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return new Regex("^/$");
        }
        var pattern = "^";
        foreach (var part in parts)
        {
            if (part.StartsWith(':'))
            {
                pattern += "/([^/]+)/?";
            }
            else if (part == "*")
            {
                pattern = pattern == "^" ? pattern + "/?(.*)/?" : pattern.TrimEnd('/', '?') + "(?:|/|/(.*)/?)";
            }
            else if (part.Contains('*'))
            {
                pattern += "/" + part.Replace("*", "(.*)");
            }
            else
            {
                pattern += "/" + Regex.Escape(part) + "/?";
            }
        }
        return new Regex(pattern + "$", RegexOptions.IgnoreCase);
    }
}
