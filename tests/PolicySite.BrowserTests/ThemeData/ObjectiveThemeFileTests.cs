using PolicySite.BrowserTests.Support;
using PolicySite.Diagnostics;

namespace PolicySite.BrowserTests.ThemeData;

/// <summary>
/// theme/objectives.yml is checked when the theme loads: a mistake is an error at its line, never
/// a page that silently loses its colours or breaks the Content-Security-Policy. (No browser:
/// these build a copy of the site and read the diagnostics.)
/// </summary>
public sealed class ObjectiveThemeFileTests
{
    [Fact]
    public void Should_Generate_A_Fingerprinted_Stylesheet_With_Each_Objectives_Colours()
    {
        using var site = new TempSite();
        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var css = result.Paths.Single(p => p.StartsWith("assets/css/objectives.", StringComparison.Ordinal));
        Assert.Matches(@"^assets/css/objectives\.[0-9a-f]{10}\.css$", css);
        var text = site.Read(Path.Combine("output", css));
        Assert.Contains(".objective-theme-ii {", text);
        Assert.Contains("--objective-accent: light-dark(#2e6f0b, #8fd86a);", text);
    }

    [Theory]
    [InlineData("accent: { light: \"#a90061\"", "accent: { light: \"#ff88cc\"", "contrast of", "accent #ff88cc on the tint")]
    [InlineData("accent: { light: \"#a90061\"", "accent: { light: \"crimson\"", "is not a colour", "crimson")]
    [InlineData("header: band", "header: stripes", "is not one of band, rule, underline", "stripes")]
    [InlineData("<circle cx=\"12\" cy=\"4.5\" r=\"2.5\"/>", "<circle cx=\"12\" cy=\"4.5\" r=\"2.5\" style=\"fill:red\"/>", "'style' is not allowed", "Content-Security-Policy")]
    [InlineData("<circle cx=\"12\" cy=\"4.5\" r=\"2.5\"/>", "<script>alert(1)</script>", "<script> is not allowed", "icon")]
    [InlineData("header: band", "header: band\n  colour: red", "unknown key 'colour'", "colour")]
    public void Should_Report_A_Mistake_In_The_Theme_File_At_Its_Objective(string find, string replace, string expected, string detail)
    {
        using var site = new TempSite();
        site.Edit("theme/objectives.yml", find, replace);

        var result = site.Build();

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains(expected, error.Message);
        Assert.Contains(detail, error.Message);
        Assert.EndsWith("objectives.yml", error.File);
        var line = File.ReadAllLines(Path.Combine(site.Theme, "objectives.yml"))[error.Line - 1];
        Assert.True(line.Contains("objective: I", StringComparison.Ordinal) || line.Contains("colour", StringComparison.Ordinal),
            $"reported at line {error.Line}: '{line}'");
    }

    [Fact]
    public void Should_Build_With_The_Sites_Own_Colours_When_An_Objective_Has_No_Theme()
    {
        using var site = new TempSite();
        var yaml = site.Read("theme/objectives.yml");
        site.Write("theme/objectives.yml", yaml[..yaml.IndexOf("- objective: III", StringComparison.Ordinal)]);

        var result = site.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = site.Read("output/objectives/international-legal-order/index.html");
        Assert.Contains("<body id=\"top\">", page);
    }
}
