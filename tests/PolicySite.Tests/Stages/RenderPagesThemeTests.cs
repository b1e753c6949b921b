using PolicySite.Diagnostics;
using PolicySite.Templates;
using PolicySite.Tests.Support;
using Scriban.Runtime;

namespace PolicySite.Tests.Stages;

public sealed class RenderPagesThemeTests : IDisposable
{
    private readonly SiteFixture _site = new();

    public RenderPagesThemeTests() => _site.Write("input/chapters/01-a.md", SampleContent.ChapterWithNote());

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_render_the_minimal_site_with_the_real_theme()
    {
        var (pages, diagnostics) = RenderStage.Render(_site);

        Assert.Empty(diagnostics);
        var paths = pages.Select(p => p.OutputPath).ToList();
        Assert.Contains("chapters/intro/index.html", paths);
        Assert.Contains("index.html", paths);
        Assert.Contains("404.html", paths);
    }

    [Fact]
    public void Should_report_PS0201_naming_the_missing_layout_file()
    {
        File.Delete(_site.PathOf("theme/layouts/chapter.html"));

        var (pages, diagnostics) = RenderStage.Render(_site);

        Assert.Empty(pages);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.LayoutMissing, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(_site.PathOf("theme/layouts/chapter.html"), diagnostic.File);
        Assert.Contains("chapter", diagnostic.Message);
    }

    [Fact]
    public void Should_fail_the_build_when_a_layout_is_missing()
    {
        File.Delete(_site.PathOf("theme/layouts/chapter.html"));

        var result = _site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.LayoutMissing);
    }

    [Fact]
    public void Should_report_PS0204_at_the_template_line_that_uses_a_missing_UI_string()
    {
        var layout = _site.PathOf("theme/layouts/chapter.html");
        var lines = File.ReadAllLines(layout).ToList();
        lines.Insert(1, "<p>{{ t \"no_such_key\" }}</p>");
        File.WriteAllLines(layout, lines);

        var (_, diagnostics) = RenderStage.Render(_site);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.TranslationMissing, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("no_such_key", diagnostic.Message);
        Assert.Equal(layout, diagnostic.File);
        Assert.Equal(2, diagnostic.Line);
    }

    [Fact]
    public void Should_report_PS0204_when_the_site_language_has_no_UI_strings()
    {
        _site.Write("input/site.yml", SiteFixture.MinimalSiteYml.Replace("language: en", "language: fr", StringComparison.Ordinal));

        var (pages, diagnostics) = RenderStage.Render(_site);

        Assert.Empty(pages);
        Assert.All(diagnostics, d => Assert.Equal((DiagnosticCodes.TranslationMissing, _site.PathOf("theme/i18n/fr.yml")), (d.Code, d.File)));
        Assert.Contains(diagnostics, d => d.Message.Contains("language 'fr'", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_give_base_html_the_page_layout_as_content_to_write_or_to_use_as_a_string()
    {
        var layoutAlone = PageWithBase("{{ content }}");

        var page = PageWithBase("<div id=\"shell\">{{ content }}</div>{{ content | string.size }}");

        Assert.StartsWith("<div class=\"with-sidebar\">", layoutAlone, StringComparison.Ordinal);
        Assert.Equal($"<div id=\"shell\">{layoutAlone}</div>{layoutAlone.Length}", page);
    }

    [Fact]
    public void Should_write_content_from_a_partial_that_base_html_includes()
    {
        var layoutAlone = PageWithBase("{{ content }}");
        _site.Write("theme/partials/shell.html", "<div id=\"shell\">{{ content }}</div>");

        var page = PageWithBase("{{ include \"partials/shell\" }}");

        Assert.Equal($"<div id=\"shell\">{layoutAlone}</div>", page);
    }

    [Theory]
    [InlineData("<main>\n{{ content }}\n</main>\n")]
    [InlineData("<main>\n    {{ content }}\n  <p>after</p>\n    {{ \"x\" }}\n</main>")]
    [InlineData("<div>{{ content }}{{ content }}</div>")]
    [InlineData("<main>\n  <p>before</p>{{ content }}\n\n\t{{ content }}\n  {{ content }}{{ content }}</main>\n")]
    public void Should_write_content_as_Scriban_writes_it_indent_included(string baseLayout)
    {
        var layoutAlone = PageWithBase("{{ content }}");
        var asScribanWritesAString = Scriban.Template.Parse(baseLayout).Render(new { Content = layoutAlone });

        Assert.Equal(asScribanWritesAString, PageWithBase(baseLayout));
    }

    [Fact]
    public void Should_render_the_same_pages_when_each_AST_and_text_is_let_go_once_its_page_is_rendered()
    {
        _site.Write("input/chapters/02-b.md", SampleContent.ChapterWithNote("second", order: 2));
        _site.Write("input/events/meeting.md", SampleContent.Event());
        var kept = RenderStage.Link(_site);
        var released = RenderStage.Link(_site);

        var expected = new RenderPages().Run(kept.Linked, kept.Theme, _site.Options(), kept.Diagnostics);
        var actual = new RenderPages().Run(released.Linked, released.Theme, _site.Options(), released.Diagnostics, releaseSources: true);

        Assert.Empty(released.Diagnostics.Sorted());
        // The notes page, rendered from both chapters' ASTs, is among them.
        Assert.Contains(actual, p => p.OutputPath == "notes/index.html" && p.Html.Contains("The note.", StringComparison.Ordinal));
        Assert.Equal(expected.Select(p => (p.OutputPath, p.Html)), actual.Select(p => (p.OutputPath, p.Html)));
        Assert.All(released.Linked.ReadingOrder, p => Assert.Throws<InvalidOperationException>(() => p.Parsed.Ast));
        Assert.All(released.Linked.ReadingOrder, p => Assert.Throws<InvalidOperationException>(() => p.Parsed.Source.Body));
        // An event's stays: its feed and calendar quote its first paragraph.
        var ev = Assert.Single(released.Linked.Events);
        Assert.NotNull(ev.Parsed.Ast);
        Assert.Equal("The meeting.\n", ev.Parsed.Source.Body);
    }

    [Fact]
    public void Should_indent_an_included_partial_as_Scriban_indents_the_string_of_one()
    {
        const string partial = "<ul>\n  <li>one</li>\n\n  <li>two</li>\n\n\n</ul>\n<p>after</p>";
        _site.Write("theme/partials/list.html", partial);
        const string layout = "<nav>\n    {{ include \"partials/list\" }}\n  {{ include \"partials/list\" }}<p>x</p>\n</nav>\n";

        Assert.Equal(AsScribanIncludesAString(layout, partial), PageWithBase(layout));
    }

    [Fact]
    public void Should_write_a_partial_kept_in_a_variable_as_it_was_when_included()
    {
        _site.Write("theme/partials/first.html", "<p>first</p>");
        _site.Write("theme/partials/second.html", "<p>second</p>");

        var page = PageWithBase("{{ kept = include \"partials/first\" }}{{ include \"partials/second\" }}{{ kept }}{{ kept | string.size }}");

        Assert.Equal("<p>second</p><p>first</p>12", page);
    }

    [Fact]
    public void Should_write_each_page_its_own_Markdown_body_wherever_and_however_often_the_layout_uses_it()
    {
        _site.Write("input/chapters/02-b.md", SampleContent.ChapterWithNote("second", order: 2).Replace("The note.", "The other note.", StringComparison.Ordinal));
        _site.Write("theme/layouts/chapter.html", "{{ page.content }}|{{ page.content | string.size }}|{{ page.content }}");
        _site.Write("theme/layouts/base.html", "{{ content }}");
        var linked = RenderStage.Link(_site);

        var pages = new RenderPages().Run(linked.Linked, linked.Theme, _site.Options(), linked.Diagnostics);

        Assert.Empty(linked.Diagnostics.Sorted());
        foreach (var chapter in linked.Linked.ReadingOrder)
        {
            var body = PolicySite.Markdown.MarkdownHtml.Render(chapter.Parsed.Ast);
            var html = pages.Single(p => p.OutputPath == chapter.Route.OutputPath).Html;
            Assert.Equal($"{body}|{body.Length}|{body}", html);
        }
    }

    /// <summary>
    /// <paramref name="layout"/> rendered by Scriban alone, with an <c>include</c> that renders
    /// <paramref name="partial"/> in the same context and returns its string: the oracle for
    /// writing a partial from a buffer.
    /// </summary>
    private static string AsScribanIncludesAString(string layout, string partial)
    {
        var partialTemplate = Scriban.Template.Parse(partial);
        var functions = new Scriban.Runtime.ScriptObject();
        functions.Import("include", new Func<Scriban.TemplateContext, string, string>((context, _) =>
        {
            context.PushOutput(new Scriban.Runtime.StringBuilderOutput());
            try
            {
                return partialTemplate.Render(context);
            }
            finally
            {
                context.PopOutput();
            }
        }));
        var scriban = new Scriban.TemplateContext();
        scriban.PushGlobal(functions);
        return Scriban.Template.Parse(layout).Render(scriban);
    }

    /// <summary>The chapter's page rendered with <paramref name="baseLayout"/> as theme/layouts/base.html.</summary>
    private string PageWithBase(string baseLayout)
    {
        _site.Write("theme/layouts/base.html", baseLayout);
        var (pages, diagnostics) = RenderStage.Render(_site);
        Assert.Empty(diagnostics);
        return pages.Single(p => p.OutputPath == "chapters/intro/index.html").Html;
    }
}
