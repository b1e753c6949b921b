using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Pages;

namespace PolicySite.Linking;

/// <summary>
/// The former addresses (<c>aliases</c> in front matter) of chapters, objective pages and events.
/// The Link stage checks them and declares a redirect page at each (<see cref="Declare"/>), so that
/// they are rendered with the theme and validated like every other page; the emitters read them
/// again (<see cref="Of"/>) to write the host's <c>_redirects</c>.
/// </summary>
public static class PageAliases
{
    /// <summary>The layout of redirect pages, <c>theme/layouts/redirect.html</c>.</summary>
    public const string Layout = "redirect";

    /// <summary>
    /// Redirect pages' ids start with it. Page ids cannot contain ':' (<see cref="IdRules"/>), so
    /// a redirect page can never take a page's id.
    /// </summary>
    public const string IdPrefix = "alias:";

    /// <summary>The aliases of <paramref name="pages"/> that are valid paths, ordered by address. After a successful Link stage that is all of them.</summary>
    public static IReadOnlyList<PageAlias> Of(IEnumerable<LinkedPage> pages) =>
        pages
            .SelectMany(page => AliasesOf(page).Select(alias => AliasPath.TryParse(alias, out var route, out _) ? new PageAlias(alias, route, page) : null))
            .OfType<PageAlias>()
            .DistinctBy(a => a.Route.OutputPath, StringComparer.OrdinalIgnoreCase)
            .OrderBy(a => a.Route.Url, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Checks every alias of <paramref name="pages"/> (PS0601: not a path inside the site; PS0602:
    /// the address of another page or already another alias) and declares a redirect page for each
    /// good one. <paramref name="generated"/> are the generated pages, whose addresses are taken too.
    /// </summary>
    public static IReadOnlyList<GeneratedPage> Declare(IReadOnlyList<LinkedPage> pages, IReadOnlyList<GeneratedPage> generated, DiagnosticBag diagnostics)
    {
        // Compared ignoring case: on a case-insensitive disk (macOS, Windows) /Events/ and /events/ are one folder.
        var taken = new Dictionary<string, Owner>(StringComparer.OrdinalIgnoreCase);
        foreach (var page in pages)
        {
            taken.TryAdd(page.Route.OutputPath, new Owner(page.Id, page.Route.Url, page, IsAlias: false));
        }
        foreach (var page in generated)
        {
            taken.TryAdd(page.Route.OutputPath, new Owner(page.Id, page.Route.Url, null, IsAlias: false));
        }

        var declared = new List<GeneratedPage>();
        foreach (var page in pages.OrderBy(p => p.Parsed.Source.Path, StringComparer.Ordinal))
        {
            foreach (var alias in AliasesOf(page))
            {
                if (!AliasPath.TryParse(alias, out var route, out var problem))
                {
                    Report(diagnostics, DiagnosticCodes.AliasInvalid, $"alias '{alias}' {problem}", page, alias);
                    continue;
                }
                if (taken.TryGetValue(route.OutputPath, out var owner))
                {
                    Report(diagnostics, DiagnosticCodes.AliasCollision, $"alias '{alias}' {Collision(owner, page)}", page, alias);
                    continue;
                }
                taken[route.OutputPath] = new Owner(page.Id, route.Url, page, IsAlias: true);
                declared.Add(RedirectPage(new PageAlias(alias, route, page)));
            }
        }
        return declared;
    }

    /// <summary>The <c>aliases</c> key of the page kinds that have one.</summary>
    public static IReadOnlyList<string> AliasesOf(LinkedPage page) => page.Parsed.Source.FrontMatter switch
    {
        ChapterFrontMatter chapter => chapter.Aliases ?? [],
        ObjectiveFrontMatter objective => objective.Aliases ?? [],
        EventFrontMatter ev => ev.Aliases ?? [],
        _ => [],
    };

    private static GeneratedPage RedirectPage(PageAlias alias)
    {
        var target = alias.Target;
        var title = target.Parsed.Source.FrontMatter.Title;
        return new GeneratedPage(IdPrefix + alias.Route.Url, Layout, alias.Route, PageTitle.FromUi("moved_title"),
            context => new RedirectPageData(title, context.Urls.Path(target.Route.Url), context.Urls.Canonical(target.Route.Url)))
        {
            SourcePath = target.Parsed.Source.Path,
        };
    }

    /// <summary>Who already has an address: a page (with its id and URL), or an alias of <see cref="Page"/>.</summary>
    private sealed record Owner(string Id, string Url, LinkedPage? Page, bool IsAlias);

    private static string Collision(Owner owner, LinkedPage page)
    {
        if (owner.IsAlias)
        {
            return owner.Page == page
                ? "is listed twice; keep one"
                : $"is already an alias of page '{owner.Id}' ({owner.Page!.Parsed.Source.Path}); a former address can lead to one page only, so remove it from one of them";
        }
        if (owner.Page == page)
        {
            return "is this page's own address; remove it";
        }
        return $"is the address of page '{owner.Id}' (/{owner.Url}), which a redirect would hide; remove the alias, or change that page's id";
    }

    private static void Report(DiagnosticBag diagnostics, string code, string message, LinkedPage page, string alias)
    {
        var path = page.Parsed.Source.Path;
        var (line, column) = Locate(path, alias);
        diagnostics.Error(code, message, path, line, column);
    }

    /// <summary>The line and column of <paramref name="alias"/> in the front matter's <c>aliases</c> list, or (1, 1).</summary>
    private static (int Line, int Column) Locate(string path, string alias)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (IOException)
        {
            return (1, 1);
        }
        catch (UnauthorizedAccessException)
        {
            return (1, 1);
        }

        var start = Array.FindIndex(lines, l => l.StartsWith("aliases:", StringComparison.Ordinal));
        if (start < 0)
        {
            return (1, 1);
        }
        var end = Array.FindIndex(lines, start + 1, l => l == "---");
        var block = Enumerable.Range(start, (end < 0 ? lines.Length : end) - start).ToList();
        // The list item that is exactly this alias first ("/old" must not point at "/old/"), then
        // any line that contains it (a flow list: aliases: ["/a/", "/b/"]).
        foreach (var i in block)
        {
            var value = lines[i].Trim().TrimStart('-').Trim().Trim('"', '\'');
            if (value == alias)
            {
                return (i + 1, lines[i].IndexOf(alias, StringComparison.Ordinal) + 1);
            }
        }
        foreach (var i in block)
        {
            var column = lines[i].IndexOf(alias, StringComparison.Ordinal);
            if (column >= 0)
            {
                return (i + 1, column + 1);
            }
        }
        return (start + 1, 1);
    }
}
