using System.Text.RegularExpressions;

namespace PolicySite.Templates;

/// <summary>
/// Which parts of the site-wide models (<c>site</c>, <c>events</c>, <c>generated</c>,
/// <c>spine</c>, and whether <c>contents</c>) a layout can read, found in its text, in <c>base</c>'s and in the partials they
/// include: <c>spine.matrix_url</c> reads one member, a bare <c>events</c> (a loop over it) the
/// whole model. A page's render fingerprint covers only those parts, so editing a chapter's
/// title does not re-render pages whose layouts never show the chapter list of the spine.
/// Anything the scan cannot be sure of counts as reading the whole model.
/// </summary>
internal static partial class TemplateReads
{
    public static readonly string[] Globals = ["site", "events", "generated", "spine", "contents"];

    /// <summary>For each global the layout reads: the members it reads, or null for all of it.</summary>
    public static IReadOnlyDictionary<string, HashSet<string>?> Of(Theme theme, string layout, string baseLayout)
    {
        var reads = new Dictionary<string, HashSet<string>?>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>([$"layouts/{layout}", $"layouts/{baseLayout}"]);
        while (pending.Count > 0)
        {
            var name = pending.Pop();
            if (!seen.Add(name))
            {
                continue;
            }
            if (!theme.Sources.TryGetValue(name, out var text))
            {
                // A template whose text we do not have may read anything.
                return Globals.ToDictionary(g => g, _ => (HashSet<string>?)null, StringComparer.Ordinal);
            }
            foreach (Match include in Include().Matches(text))
            {
                pending.Push(include.Groups["name"].Value);
            }
            // String literals are not reads: `t "events"` is a UI string's key.
            var code = StringLiteral().Replace(text, "\"\"");
            foreach (Match use in GlobalUse().Matches(code))
            {
                var global = use.Groups["global"].Value;
                var member = use.Groups["member"];
                if (!member.Success)
                {
                    reads[global] = null;
                }
                else if (!reads.TryGetValue(global, out var members))
                {
                    reads[global] = [member.Value];
                }
                else
                {
                    members?.Add(member.Value);
                }
            }
        }
        return reads;
    }

    [GeneratedRegex("""include\s+"(?<name>[^"]+)"|include\s+(?<name>\S+)""")]
    private static partial Regex Include();

    [GeneratedRegex(@"""(?:[^""\\]|\\.)*""|'(?:[^'\\]|\\.)*'")]
    private static partial Regex StringLiteral();

    [GeneratedRegex(@"(?<![\w.$])(?<global>site|events|generated|spine|contents)\b(?:\s*\.\s*(?<member>[A-Za-z_]\w*))?")]
    private static partial Regex GlobalUse();
}
