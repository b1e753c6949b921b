using PolicySite.Templates;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace PolicySite.Tests.Stages;

public sealed class FoldedTemplatesTests
{
    private static readonly SiteUrls Urls = new("https://example.org/docs/");

    [Fact]
    public void Calls_of_t_url_and_asset_with_a_literal_become_the_text_they_return()
    {
        // `page.url` is a member of the page, not the function: it does not stop `url "notes/"` folding.
        var layout = Template.Parse("""<a href="{{ url "notes/" }}">{{ t "notes" }}</a><link href="{{ asset "css/site.css" }}"><a href="{{ page.url }}">""", "layouts/chapter.html");

        var folded = new FoldedTemplates(ThemeOf(("layouts/chapter", layout)), Urls, "en").PageOf(layout)!;

        Assert.Empty(CallsIn(folded));
        Assert.Equal(["/docs/notes/", "Notes & sources", "/docs/assets/css/site.0123456789.css"], LiteralsIn(folded));
        // The theme's own template is not changed: the preview and the next build fold it afresh.
        Assert.Equal(["url", "t", "asset"], CallsIn(layout.Page!));
    }

    [Fact]
    public void A_call_that_can_fail_or_that_a_pipe_feeds_is_left_to_run()
    {
        // The pipe's value is the call's first argument, so `"x" | t "notes"` is not `t "notes"`.
        var layout = Template.Parse("""{{ t "no_such_key" }}{{ asset "no/such.css" }}{{ "notes" | t }}{{ "x" | t "notes" }}{{ t key }}""", "layouts/chapter.html");

        var folded = new FoldedTemplates(ThemeOf(("layouts/chapter", layout)), Urls, "en").PageOf(layout)!;

        Assert.Equal(["t", "asset", "t", "t", "t"], CallsIn(folded));
    }

    [Fact]
    public void A_name_any_template_uses_as_a_variable_is_not_folded_in_any_template()
    {
        // `url` is a loop variable in the partial, so the layout's `url "notes/"` is not folded
        // either; `entry.url` is only a member of an entry, and `t` is still folded.
        var partial = Template.Parse("{{ for url in links }}{{ url }}{{ end }}", "partials/links.html");
        var layout = Template.Parse("""{{ url "notes/" }}{{ entry.url }}{{ t "notes" }}""", "layouts/chapter.html");

        var folded = new FoldedTemplates(ThemeOf(("partials/links", partial), ("layouts/chapter", layout)), Urls, "en");

        Assert.Equal(["url"], CallsIn(folded.PageOf(layout)!));
        Assert.Contains("Notes & sources", LiteralsIn(folded.PageOf(layout)!));
    }

    [Fact]
    public void A_folded_template_writes_the_same_page_escaped_the_same_way()
    {
        var layout = Template.Parse("""<h1 title="{{ t "notes" }}">{{ t "notes" | string.upcase }}</h1><a href="{{ url "a b/" }}">{{ t "notes" }}</a><p>{{ "notes" | t }}</p>""", "layouts/chapter.html");
        var theme = ThemeOf(("layouts/chapter", layout));

        var asParsed = Render(layout, folded: null);
        var folded = Render(layout, new FoldedTemplates(theme, Urls, "en"));

        Assert.Equal(asParsed, folded);
        Assert.Contains("&amp;", folded);
        Assert.Contains("NOTES &amp; SOURCES", folded);

        string Render(Template template, FoldedTemplates? folded)
        {
            var context = new EscapingTemplateContext(new Scriban.Functions.BuiltinFunctions()) { Folded = folded };
            context.PushGlobal(TemplateFunctions.Create(theme, Urls, "en"));
            var page = new HtmlOutput();
            context.RenderInto(template, page);
            return page.ToString();
        }
    }

    private static Theme ThemeOf(params (string Name, Template Template)[] templates) => new(
        "theme",
        templates.ToDictionary(t => t.Name, t => t.Template),
        new Dictionary<string, IReadOnlyDictionary<string, string>> { ["en"] = new Dictionary<string, string> { ["notes"] = "Notes & sources" } },
        [new ThemeAsset("css/site.css", "assets/css/site.0123456789.css", [])]);

    /// <summary>The names of the functions called in <paramref name="node"/>, in order.</summary>
    private static List<string> CallsIn(ScriptNode node) =>
        Nodes(node).OfType<ScriptFunctionCall>().Select(c => c.Target is ScriptVariable v ? v.Name : c.Target?.ToString() ?? "").ToList();

    private static List<string> LiteralsIn(ScriptNode node) =>
        Nodes(node).OfType<ScriptLiteral>().Select(l => l.Value?.ToString() ?? "").ToList();

    private static IEnumerable<ScriptNode> Nodes(ScriptNode node)
    {
        yield return node;
        for (var i = 0; i < node.ChildrenCount; i++)
        {
            if (node.GetChildren(i) is { } child)
            {
                foreach (var descendant in Nodes(child))
                {
                    yield return descendant;
                }
            }
        }
    }
}
