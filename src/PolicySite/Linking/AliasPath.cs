namespace PolicySite.Linking;

/// <summary>
/// A former address of a page as front matter writes it (<c>/evenement/partners-under-pressure/</c>),
/// checked and turned into the route its redirect page is written to. The checks keep an alias a
/// plain path inside the site: it becomes a folder in <c>output/</c> and a line in <c>_redirects</c>,
/// so nothing in it may climb out of the output folder or mean something else to the host.
/// </summary>
public static class AliasPath
{
    /// <summary>Reads <paramref name="alias"/>; on failure <paramref name="problem"/> says what is wrong and how to write it.</summary>
    public static bool TryParse(string alias, out PageRoute route, out string problem)
    {
        route = PageRoute.Home;
        problem = "";
        if (alias.Contains("://", StringComparison.Ordinal) || alias.StartsWith("//", StringComparison.Ordinal))
        {
            problem = "is a URL; write only its path from the site's root, e.g. /evenement/partners-under-pressure/";
            return false;
        }
        if (!alias.StartsWith('/'))
        {
            problem = "does not start with /; write the former address's path from the site's root, e.g. /evenement/partners-under-pressure/";
            return false;
        }

        var segments = alias[1..].Split('/');
        // Every segment but the last must be a name: "a//b" is an empty folder name. The last one is
        // empty exactly when the alias ends with a slash, which is how a folder address is written.
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            if (segment is "." or "..")
            {
                problem = "contains '.' or '..', which would lead outside the site or to another page; write the path without them";
                return false;
            }
            if (segment.Length == 0 && i < segments.Length - 1)
            {
                problem = "contains an empty folder name (//); remove the extra slash";
                return false;
            }
            if (!segment.All(IsAllowed))
            {
                problem = "may only contain letters, digits, '-', '_', '.', '~' and '/' (no spaces, '?', '#', '%', '\\' or other characters); "
                    + "write the path as the former address had it, without query or fragment";
                return false;
            }
        }

        var last = segments[^1];
        if (last.Length == 0)
        {
            route = PageRoute.Folder(alias[1..]);
            return true;
        }
        if (last.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || last.EndsWith(".htm", StringComparison.OrdinalIgnoreCase))
        {
            route = new PageRoute(alias[1..], alias[1..]);
            return true;
        }
        if (last.Contains('.'))
        {
            problem = $"ends in a file name ('{last}') that is not .html; a host would serve the redirect page with the wrong type. "
                + "Write the address as a folder (ending in /) or as an .html file";
            return false;
        }

        // "/old/page" is the folder "/old/page/": hosts answer both with the folder's index.html.
        route = PageRoute.Folder(alias[1..] + "/");
        return true;
    }

    private static bool IsAllowed(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~';
}
