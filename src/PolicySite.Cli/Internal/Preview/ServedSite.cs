using System.Text;
using PolicySite.Emit;

namespace PolicySite.Cli.Internal.Preview;

/// <summary>
/// One build as the preview serves it, entirely from memory: a request can only ever name a key
/// of <see cref="Files"/>, so nothing outside the built site can be read. Immutable; a rebuild
/// replaces the whole snapshot at once, so no request sees half of one build and half of another.
/// </summary>
internal sealed class ServedSite
{
    /// <summary>Where the live-reload client is served; the site itself can never use this path.</summary>
    public const string ReservedPrefix = "/__policysite/";

    private const string NotFoundPage = "404.html";

    /// <summary>The static host reads these as its configuration and does not serve them.</summary>
    private static readonly string[] HostConfiguration = ["_headers", "_redirects"];

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private ServedSite(string buildId, string basePath, IReadOnlyList<OutputFile> source, IReadOnlyDictionary<string, ServedFile> files)
    {
        BuildId = buildId;
        BasePath = basePath;
        Source = source;
        Files = files;
    }

    /// <summary>Identifies the build; pages carry it so the client can tell that it is showing an older one.</summary>
    public string BuildId { get; }

    /// <summary>The path the site's URLs start with: <c>/</c>, or the path of the base URL.</summary>
    public string BasePath { get; }

    /// <summary>The build's files exactly as it produced them (and as they are written to the output folder).</summary>
    public IReadOnlyList<OutputFile> Source { get; }

    /// <summary>What is served, by output path relative to the site's root.</summary>
    public IReadOnlyDictionary<string, ServedFile> Files { get; }

    /// <summary>False until the first build succeeds: then every page is a placeholder that shows the errors.</summary>
    public bool HasSite => Source.Count > 0;

    public static ServedSite From(IReadOnlyList<OutputFile> files, string basePath, string buildId)
    {
        var served = new Dictionary<string, ServedFile>(files.Count, StringComparer.Ordinal);
        foreach (var file in files)
        {
            var content = file.IsHtml ? Utf8.GetBytes(WithLiveReload(Utf8.GetString(file.Content), buildId)) : file.Content;
            served[file.Path] = new ServedFile(content, ContentTypes.For(file.Path));
        }
        return new ServedSite(buildId, basePath, files, served);
    }

    /// <summary>Before the first good build: a page that says so, and lets the overlay show why.</summary>
    public static ServedSite Placeholder(string buildId) => new(buildId, "/", [], new Dictionary<string, ServedFile>());

    public ServedFile PlaceholderPage => new(Utf8.GetBytes(WithLiveReload("""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>PolicySite preview: the site has not built yet</title>
        </head>
        <body>
        <h1>The site has not built yet</h1>
        <p>The terminal lists what to fix. This page shows the site by itself once it builds.</p>
        </body>
        </html>
        """, BuildId)), ContentTypes.For(".html"));

    /// <summary>The site's own 404 page, when it has one.</summary>
    public ServedFile? NotFound => Files.GetValueOrDefault(NotFoundPage);

    /// <summary>What a static host does with a decoded request path: pretty URLs, and a redirect to add the missing slash.</summary>
    /// <param name="path">A path checked by <see cref="RequestPath"/>.</param>
    /// <param name="rawPath">The path as sent; a redirect repeats it, so it keeps its encoding.</param>
    /// <param name="query">The query string, with its "?", or empty; a redirect keeps it.</param>
    public Resolution Resolve(string path, string rawPath, string query)
    {
        if (!path.StartsWith(BasePath, StringComparison.Ordinal))
        {
            // A site built for https://example.org/policy/ is served under /policy/.
            return path == "/" || path + "/" == BasePath ? new Resolution.Redirect(BasePath + query) : new Resolution.NotFound();
        }

        var relative = path[BasePath.Length..];
        if (relative.Length == 0 || relative.EndsWith('/'))
        {
            return Files.TryGetValue(relative + "index.html", out var index) ? new Resolution.Found(index) : new Resolution.NotFound();
        }
        if (HostConfiguration.Contains(relative, StringComparer.Ordinal))
        {
            return new Resolution.NotFound();
        }
        if (Files.TryGetValue(relative, out var file))
        {
            return new Resolution.Found(file);
        }
        return Files.ContainsKey(relative + "/index.html") ? new Resolution.Redirect(rawPath + "/" + query) : new Resolution.NotFound();
    }

    /// <summary>Adds the live-reload client just before <c>&lt;/body&gt;</c>: an external script, so the Content-Security-Policy needs no exception.</summary>
    internal static string WithLiveReload(string html, string buildId)
    {
        var tag = $"<script src=\"{ReservedPrefix}live.js\" data-build=\"{buildId}\" defer></script>";
        var body = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return body < 0 ? html + tag : html.Insert(body, tag);
    }
}
