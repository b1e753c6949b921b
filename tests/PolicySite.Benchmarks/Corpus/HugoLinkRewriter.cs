using System.Text.RegularExpressions;
using PolicySite.Content;

namespace PolicySite.Benchmarks.Corpus;

/// <summary>
/// Turns PolicySite's own link schemes into plain Markdown links that Hugo reads: a cross-reference
/// to a page (<c>xref:id</c>, <c>xref:id#section</c>) becomes a link to the page's URL, a source
/// (<c>ref:key</c>) a link to its URL. Plain links, not Hugo's <c>ref</c> shortcode, because PolicySite
/// resolves its links too and a shortcode would give Hugo extra work neither site needs. Targets a
/// bare Hugo site does not have (PolicySite's generated pages, sources without a URL) keep their
/// text without a link.
/// </summary>
internal sealed partial class HugoLinkRewriter
{
    private readonly Dictionary<string, SourceDocument> _pages;
    private readonly Dictionary<string, ReferenceSource> _references;

    public HugoLinkRewriter(LoadedSite site)
    {
        _pages = site.Documents.ToDictionary(document => document.Id, StringComparer.Ordinal);
        _references = site.References.ToDictionary(reference => reference.Id, StringComparer.Ordinal);
    }

    /// <summary>The page's URL on the Hugo site, the same path PolicySite gives it.</summary>
    public static string Url(SourceDocument page) => "/" + HugoSiteWriter.Section(page.Kind) + "/" + page.Id + "/";

    public string Rewrite(string markdown, string path)
    {
        var rewritten = Link().Replace(markdown, match => match.Groups["scheme"].Value == "xref"
            ? CrossReference(match.Groups["text"].Value, match.Groups["target"].Value)
            : Source(match.Groups["text"].Value, match.Groups["target"].Value));
        rewritten = Autolink().Replace(rewritten, match => CrossReference("", match.Groups["target"].Value));
        if (Leftover().Match(rewritten) is { Success: true } leftover)
        {
            throw new InvalidOperationException($"{path}: '{leftover.Value}' is a link the Hugo converter does not understand");
        }
        return rewritten;
    }

    private string CrossReference(string text, string target)
    {
        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var id = hash < 0 ? target : target[..hash];
        if (!_pages.TryGetValue(id, out var page))
        {
            return text.Length > 0 ? text : id;
        }
        // An empty link takes its target's title in PolicySite; the page's title is the closest a bare site has.
        var visible = text.Length > 0 ? text : page.FrontMatter.Title;
        return $"[{visible}]({Url(page)}{(hash < 0 ? "" : target[hash..])})";
    }

    private string Source(string text, string key) =>
        _references.TryGetValue(key, out var reference) && reference.Url is { } url ? $"[{text}]({url})" : text;

    [GeneratedRegex(@"\[(?<text>[^\[\]]*)\]\((?<scheme>xref|ref):(?<target>[^)\s]+)\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"<xref:(?<target>[^>\s]+)>")]
    private static partial Regex Autolink();

    [GeneratedRegex(@"\((x?ref):[^)]*\)|<xref:[^>]*>")]
    private static partial Regex Leftover();
}
