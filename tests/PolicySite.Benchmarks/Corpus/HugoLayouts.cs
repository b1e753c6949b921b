namespace PolicySite.Benchmarks.Corpus;

/// <summary>
/// The bare Hugo site's configuration and templates: an HTML shell with the page's title and
/// content, section and home pages that list their pages, and a 404 page (PolicySite writes one
/// too). Written for Debian bookworm's Hugo 0.111, whose lookup wants <c>layouts/_default/</c>.
/// </summary>
internal static class HugoLayouts
{
    /// <summary>
    /// Taxonomy and term pages and RSS are off: the corpus has no taxonomies, and PolicySite writes
    /// no feed of the document's pages (only of events). The sitemap and 404 page stay on, as
    /// PolicySite writes both. Goldmark keeps its defaults: footnotes, tables and heading
    /// <c>{#id}</c>s are on, raw HTML is off.
    /// </summary>
    public static string Config(string title, string language) => $"""
        baseURL = "https://example.org/"
        languageCode = "{language}"
        title = "{title.Replace("\\", "\\\\").Replace("\"", "\\\"")}"
        disableKinds = ["taxonomy", "term", "RSS"]

        """;

    public const string BaseOf = """
        <!DOCTYPE html>
        <html lang="{{ site.LanguageCode }}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{ if not .IsHome }}{{ .Title }} | {{ end }}{{ site.Title }}</title>
        {{ with .Description }}<meta name="description" content="{{ . }}">{{ end }}
        </head>
        <body>
        <header><a href="{{ "/" | relURL }}">{{ site.Title }}</a></header>
        <main>
        {{ block "main" . }}{{ end }}
        </main>
        </body>
        </html>

        """;

    public const string Single = """
        {{ define "main" }}
        <article>
        <h1>{{ .Title }}</h1>
        {{ .Content }}
        </article>
        {{ end }}

        """;

    public const string List = """
        {{ define "main" }}
        <h1>{{ .Title }}</h1>
        {{ .Content }}
        <ul>
        {{ range .Pages.ByWeight }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
        {{ end }}
        </ul>
        {{ end }}

        """;

    /// <summary>The home page lists every page in reading order, as PolicySite's home has the document's contents.</summary>
    public const string Home = """
        {{ define "main" }}
        <h1>{{ site.Title }}</h1>
        <ol>
        {{ range site.RegularPages.ByWeight }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>
        {{ end }}
        </ol>
        {{ end }}

        """;

    public const string NotFound = """
        {{ define "main" }}
        <h1>Page not found</h1>
        <p><a href="{{ "/" | relURL }}">Home</a></p>
        {{ end }}

        """;
}
