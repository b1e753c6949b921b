using PolicySite.Diagnostics;
using PolicySite.Emit;
using PolicySite.Html;
using PolicySite.Templates;

namespace PolicySite.Validation;

/// <summary>
/// Stage 6, Validate: reads every emitted page (<see cref="HtmlTreeReader"/>) and checks
/// that every internal link and <c>#anchor</c> resolves to a file and an element of the built
/// site, and that no page uses an id twice. Broken links are warnings, errors under <c>--strict</c>.
/// </summary>
public sealed class ValidateLinks
{
    /// <summary>Checks <paramref name="files"/>, parsing each HTML file to find its ids and links.</summary>
    public void Run(IReadOnlyList<OutputFile> files, SiteUrls urls, DiagnosticBag diagnostics) =>
        Run(files, _ => null, urls, diagnostics);

    /// <summary>
    /// Checks <paramref name="files"/> with the ids and links the build already read from its
    /// pages (<paramref name="known"/>, by output path); HTML files it has none for are parsed here.
    /// </summary>
    public void Run(IReadOnlyList<OutputFile> files, Func<string, PageLinks?> known, SiteUrls urls, DiagnosticBag diagnostics)
    {
        var paths = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var pages = files.Where(f => f.IsHtml).ToList();
        var linksByPage = new PageLinks[pages.Count];
        Parallel.For(0, pages.Count, i =>
        {
            var page = pages[i];
            linksByPage[i] = known(page.Path)
                ?? PageLinks.From(HtmlTreeReader.Read(System.Text.Encoding.UTF8.GetString(page.Content)));
        });

        var idsByPage = new Dictionary<string, PageIds>(StringComparer.Ordinal);
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            idsByPage[page.Path] = linksByPage[i].Ids;
            foreach (var id in linksByPage[i].DuplicateIds)
            {
                var (file, line, column) = LocateId(page, id);
                diagnostics.Error(DiagnosticCodes.DuplicateElementId,
                    $"id '{id}' occurs twice in {page.Path}; give one of the elements (a heading?) another id",
                    file, line, column);
            }
        }

        // Hundreds of thousands of links on a big site, checked page by page (not gathered into
        // one list first); the bag is thread-safe and sorted at the end.
        Parallel.For(0, pages.Count, i =>
        {
            foreach (var href in linksByPage[i].Links)
            {
                Check(pages[i], href, urls, paths, idsByPage, diagnostics);
            }
        });
    }

    private static void Check(OutputFile page, string href, SiteUrls urls, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> paths,
        Dictionary<string, PageIds> idsByPage, DiagnosticBag diagnostics)
    {
        if (InternalTarget(page.Path, href, urls) is not { } target)
        {
            return;
        }

        var (path, fragment) = target;
        var file = ResolveFile(path.Span, paths);
        if (file is null)
        {
            Report(DiagnosticCodes.BrokenLink, $"link '{href}' in {page.Path} points to a page that does not exist; fix the link or add the page", page, href, diagnostics);
            return;
        }
        if (fragment.Length > 0 && idsByPage.TryGetValue(file, out var ids) && !ids.Contains(Unescaped(fragment).Span))
        {
            Report(DiagnosticCodes.MissingAnchor, $"link '{href}' in {page.Path} points to #{fragment}, which {file} does not have; fix the anchor", page, href, diagnostics);
        }
    }

    /// <summary>
    /// The site-relative path and fragment a link points to, or null for links that leave the site.
    /// Parts of the link itself where they can be: a big site has hundreds of thousands of links,
    /// and a string for each path and fragment was most of what this stage allocated.
    /// </summary>
    internal static (ReadOnlyMemory<char> Path, ReadOnlyMemory<char> Fragment)? InternalTarget(string pagePath, string href, SiteUrls urls)
    {
        // Links within the site are nearly all "/path/" or "#id"; only the rest needs a URL parser to tell.
        var local = href.Length > 0 && (href[0] == '#' || href[0] == '/' && (href.Length == 1 || href[1] != '/'));
        if (!local && (href.Length == 0 || href.StartsWith("//", StringComparison.Ordinal) || Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is not "file"))
        {
            if (urls.AbsoluteBase is { } baseUrl && href.StartsWith(baseUrl, StringComparison.Ordinal))
            {
                href = urls.BasePath + href[baseUrl.Length..];
            }
            else
            {
                return null;
            }
        }

        var link = href.AsMemory();
        var hash = href.IndexOf('#');
        var fragment = hash < 0 ? ReadOnlyMemory<char>.Empty : link[(hash + 1)..];
        var path = hash < 0 ? link : link[..hash];
        var query = path.Span.IndexOf('?');
        if (query >= 0)
        {
            path = path[..query];
        }

        if (path.Length == 0)
        {
            return (pagePath.AsMemory(), fragment);
        }
        var span = path.Span;
        if (span[0] == '/')
        {
            if (!span.StartsWith(urls.BasePath, StringComparison.Ordinal) && !IsBasePathWithoutSlash(span, urls.BasePath))
            {
                return (("\0outside-base-path" + span.ToString()).AsMemory(), fragment);
            }
            return (Unescaped(path.Length < urls.BasePath.Length ? ReadOnlyMemory<char>.Empty : path[urls.BasePath.Length..]), fragment);
        }

        var directory = pagePath.Contains('/') ? pagePath[..(pagePath.LastIndexOf('/') + 1)] : "";
        var combined = new Uri(new Uri("http://site/" + directory), path.ToString()).AbsolutePath.TrimStart('/');
        return (Uri.UnescapeDataString(combined).AsMemory(), fragment);
    }

    /// <summary>Whether <paramref name="path"/> is the base path but for its final slash ("/policy" for "/policy/").</summary>
    private static bool IsBasePathWithoutSlash(ReadOnlySpan<char> path, string basePath) =>
        path.Length == basePath.Length - 1 && basePath.AsSpan().StartsWith(path, StringComparison.Ordinal) && basePath[^1] == '/';

    /// <summary>The text with its %-escapes decoded; the text itself when it has none.</summary>
    private static ReadOnlyMemory<char> Unescaped(ReadOnlyMemory<char> text) =>
        text.Span.Contains('%') ? Uri.UnescapeDataString(text.Span).AsMemory() : text;

    /// <summary>The output file a site-relative path names (the folder's index.html for a folder), as the set of files holds it.</summary>
    private static string? ResolveFile(ReadOnlySpan<char> path, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> paths)
    {
        const string Index = "index.html";
        if (path.Length > 0 && !path.EndsWith('/') && paths.TryGetValue(path, out var file))
        {
            return file;
        }
        // path + "index.html", or path + "/index.html", looked up without a string of its own.
        var slash = path.Length > 0 && !path.EndsWith('/');
        var length = path.Length + (slash ? 1 : 0) + Index.Length;
        var key = length <= 512 ? stackalloc char[length] : new char[length];
        path.CopyTo(key);
        if (slash)
        {
            key[path.Length] = '/';
        }
        Index.AsSpan().CopyTo(key[(length - Index.Length)..]);
        return paths.TryGetValue(key, out var index) ? index : null;
    }

    private static void Report(string code, string message, OutputFile page, string href, DiagnosticBag diagnostics)
    {
        var (file, line, column) = Locate(page, href);
        diagnostics.Warning(code, message, file, line, column);
    }

    /// <summary>
    /// Points at the last <c>{#id}</c> in the Markdown source, the one that repeats the id, when
    /// the author wrote it there; an id the build derived (a paragraph's) has no line of its own.
    /// </summary>
    private static (string File, int Line, int Column) LocateId(OutputFile page, string id)
    {
        if (page.SourcePath is not { } source)
        {
            return (page.Path, 0, 0);
        }
        if (!File.Exists(source))
        {
            return (source, 0, 0);
        }
        var lines = File.ReadAllLines(source);
        for (var i = lines.Length - 1; i >= 0; i--)
        {
            var column = lines[i].LastIndexOf("{#" + id + "}", StringComparison.Ordinal);
            if (column >= 0)
            {
                return (source, i + 1, column + 1);
            }
        }
        return (source, 0, 0);
    }

    /// <summary>Points at the link in the Markdown source when it is written there, else at the output page.</summary>
    private static (string File, int Line, int Column) Locate(OutputFile page, string href)
    {
        if (page.SourcePath is { } source && File.Exists(source))
        {
            var lines = File.ReadAllLines(source);
            for (var i = 0; i < lines.Length; i++)
            {
                var column = lines[i].IndexOf(href, StringComparison.Ordinal);
                if (column >= 0)
                {
                    return (source, i + 1, column + 1);
                }
            }
            return (source, 0, 0);
        }
        return (page.Path, 0, 0);
    }
}
