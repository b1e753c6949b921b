using PolicySite.Diagnostics;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Robustness;

/// <summary>Inputs no author means to write, which must still end in a diagnostic or a site, never a crash.</summary>
public sealed class ExtremeInputTests
{
    private static string Chapter(string body) => "---\nid: a\nnumber: I\ntitle: A\norder: 1\n---\n" + body;

    [Theory]
    [InlineData("list")]
    [InlineData("quote")]
    public void Nesting_ten_thousand_levels_deep_is_PS0105_at_the_file_not_a_stack_overflow(string kind)
    {
        var body = kind == "list" ? string.Concat(Enumerable.Repeat("- ", 10_000)) + "x\n" : string.Concat(Enumerable.Repeat("> ", 10_000)) + "x\n";
        using var site = new SiteFixture().Write("input/chapters/01-a.md", Chapter(body));

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.MarkdownTooDeep);
        Assert.Equal(7, error.Line);
        Assert.False(result.Succeeded);
    }

    [Fact]
    public void A_ten_megabyte_chapter_builds()
    {
        var paragraph = string.Concat(Enumerable.Repeat("Human rights, democracy and the international legal order. ", 20));
        var body = string.Join("\n\n", Enumerable.Repeat(paragraph, 9_000));
        using var site = new SiteFixture().Write("input/chapters/01-a.md", Chapter(body));

        var result = site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(9_000, site.Page("chapters/a/index.html").QuerySelectorAll("main .prose > p").Length);
    }

    [Fact]
    public void An_empty_markdown_file_is_PS0015_and_does_not_stop_the_others_being_checked()
    {
        using var site = new SiteFixture()
            .Write("input/chapters/01-a.md", "")
            .Write("input/chapters/02-b.md", "---\nid: b\nnumber: II\ntitle: B\norder: 2\nsurprise: 1\n---\nText.");

        var result = site.Build();

        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.FrontMatterMissing && d.File!.EndsWith("01-a.md", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.YamlUnknownKey && d.File!.EndsWith("02-b.md", StringComparison.Ordinal) && d.Line == 6);
    }

    [Fact]
    public void A_symbolic_link_loop_inside_input_does_not_hang_the_build()
    {
        using var site = new SiteFixture().Write("input/chapters/01-a.md", Chapter("Text."));
        Directory.CreateSymbolicLink(site.PathOf("input/chapters/loop"), site.PathOf("input"));

        var result = site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    [Fact]
    public void A_chapter_that_is_a_symbolic_link_to_a_file_outside_input_is_not_read()
    {
        using var site = new SiteFixture().Write("input/chapters/01-a.md", Chapter("Text."));
        var outside = site.PathOf("elsewhere/secret.md");
        site.Write("elsewhere/secret.md", "---\nid: secret\nnumber: II\ntitle: \"Secret\"\norder: 2\n---\n\nNot for publication.\n");
        File.CreateSymbolicLink(site.PathOf("input/chapters/02-secret.md"), outside);

        var result = site.Build(strict: true);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(Directory.Exists(Path.Combine(site.Output, "chapters", "secret")));
        Assert.DoesNotContain(Directory.EnumerateFiles(site.Output, "*", SearchOption.AllDirectories),
            file => File.ReadAllText(file).Contains("Not for publication", StringComparison.Ordinal));
    }
}
