using PolicySite.Diagnostics;
using PolicySite.Templates;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Stages;

public sealed class LoadThemeTests : IDisposable
{
    private readonly SiteFixture _site = new();

    public void Dispose() => _site.Dispose();

    private (Theme? Theme, IReadOnlyList<Diagnostic> Diagnostics) Load(string? themeDirectory = null)
    {
        var diagnostics = new DiagnosticBag();
        var theme = new LoadTheme().Run(themeDirectory ?? _site.Theme, diagnostics);
        return (theme, diagnostics.Sorted());
    }

    [Fact]
    public void Should_load_the_real_theme_without_diagnostics()
    {
        var (theme, diagnostics) = Load();

        Assert.Empty(diagnostics);
        Assert.NotNull(theme!.Layout("chapter"));
        Assert.NotNull(theme.Layout("base"));
        Assert.True(theme.Strings.ContainsKey("en"));
    }

    [Fact]
    public void Should_report_PS0202_at_the_layout_and_line_of_a_template_syntax_error()
    {
        _site.Write("theme/layouts/chapter.html", "<div>\n  <h1>{{ page.title }}</h1>\n  <p>{{ page.title + }}</p>\n</div>\n");

        var (_, diagnostics) = Load();

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.TemplateSyntax, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(_site.PathOf("theme/layouts/chapter.html"), diagnostic.File);
        Assert.Equal(3, diagnostic.Line);
        Assert.True(diagnostic.Column > 0, $"column {diagnostic.Column}");
    }

    [Fact]
    public void Should_report_PS0202_at_the_partial_and_line_of_an_unclosed_block()
    {
        _site.Write("theme/partials/pager.html", "<nav>\n{{ if page.prev }}\n<a href=\"{{ page.prev.url }}\">prev</a>\n{{ for x in }}\n</nav>\n");

        var (_, diagnostics) = Load();

        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d =>
        {
            Assert.Equal(DiagnosticCodes.TemplateSyntax, d.Code);
            Assert.Equal(_site.PathOf("theme/partials/pager.html"), d.File);
        });
        Assert.Contains(diagnostics, d => d.Line == 4);
    }

    [Fact]
    public void Should_give_assets_content_hashed_names()
    {
        var (theme, _) = Load();

        Assert.Matches(@"^assets/css/site\.[0-9a-f]{10}\.css$", theme!.AssetPath("css/site.css"));
        Assert.Matches(@"^assets/js/site\.[0-9a-f]{10}\.js$", theme.AssetPath("js/site.js"));
    }

    [Fact]
    public void Should_give_an_asset_a_new_name_when_its_content_changes_and_keep_the_others()
    {
        var (before, _) = Load();
        File.AppendAllText(_site.PathOf("theme/assets/css/site.css"), "\n.changed { color: red; }\n");

        var (after, _) = Load();

        Assert.NotEqual(before!.AssetPath("css/site.css"), after!.AssetPath("css/site.css"));
        Assert.Matches(@"^assets/css/site\.[0-9a-f]{10}\.css$", after.AssetPath("css/site.css"));
        Assert.Equal(before.AssetPath("js/site.js"), after.AssetPath("js/site.js"));
    }

    [Fact]
    public void Should_give_the_same_content_the_same_name_wherever_the_theme_lives()
    {
        using var other = new SiteFixture();

        var (first, _) = Load();
        var (second, _) = Load(other.Theme);

        Assert.Equal(first!.AssetPath("css/site.css"), second!.AssetPath("css/site.css"));
    }

    [Fact]
    public void Should_report_PS0205_when_the_theme_folder_does_not_exist()
    {
        var (theme, diagnostics) = Load(_site.PathOf("no-theme"));

        Assert.Null(theme);
        Assert.Equal(DiagnosticCodes.ThemeFolderMissing, Assert.Single(diagnostics).Code);
    }
}
