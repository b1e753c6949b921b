using System.Globalization;
using System.Text;
using PolicySite.Content;

namespace PolicySite.Benchmarks.Corpus;

/// <summary>
/// Writes a bare Hugo site with the same text as a PolicySite input folder: each chapter,
/// objective and event becomes a Hugo page at the URL PolicySite gives it, with the same Markdown
/// body (footnotes, tables and heading ids as they are; links rewritten by
/// <see cref="HugoLinkRewriter"/>). The input is read with PolicySite's own Load stage, so both
/// generators see exactly the same pages (<see cref="CorpusRunner"/>).
/// </summary>
internal static class HugoSiteWriter
{
    /// <summary>Writes the Hugo site for <paramref name="site"/> (read with PolicySite's Load stage) into <paramref name="hugoDirectory"/>, which must not exist yet.</summary>
    public static void Write(LoadedSite site, string hugoDirectory)
    {
        WriteFile(hugoDirectory, "hugo.toml", HugoLayouts.Config(site.Config.Title, site.Config.Language));
        WriteFile(hugoDirectory, "layouts/_default/baseof.html", HugoLayouts.BaseOf);
        WriteFile(hugoDirectory, "layouts/_default/single.html", HugoLayouts.Single);
        WriteFile(hugoDirectory, "layouts/_default/list.html", HugoLayouts.List);
        WriteFile(hugoDirectory, "layouts/index.html", HugoLayouts.Home);
        WriteFile(hugoDirectory, "layouts/404.html", HugoLayouts.NotFound);
        WriteFile(hugoDirectory, "content/_index.md", FrontMatter(site.Config.Title, null, null, null) + "\n");

        var links = new HugoLinkRewriter(site);
        foreach (var kind in site.Documents.Select(document => document.Kind).Distinct().Order())
        {
            WriteFile(hugoDirectory, $"content/{Section(kind)}/_index.md", FrontMatter(SectionTitle(kind), null, null, null) + "\n");
        }
        foreach (var document in site.Documents)
        {
            var body = links.Rewrite(document.Body.ReplaceLineEndings("\n"), document.Path);
            var aliases = document.FrontMatter switch
            {
                ChapterFrontMatter chapter => chapter.Aliases,
                ObjectiveFrontMatter objective => objective.Aliases,
                EventFrontMatter page => page.Aliases,
                _ => null,
            };
            WriteFile(hugoDirectory, $"content/{Section(document.Kind)}/{document.Id}.md",
                FrontMatter(document.FrontMatter.Title, document.Order, document.FrontMatter.Summary, aliases) + "\n" + body.TrimStart('\n'));
        }
    }

    /// <summary>The folder PolicySite publishes a kind of page under, and so Hugo's section for it.</summary>
    public static string Section(PageKind kind) => kind switch
    {
        PageKind.Chapter => "chapters",
        PageKind.Objective => "objectives",
        PageKind.Event => "events",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    internal static string SectionTitle(PageKind kind) => kind switch
    {
        PageKind.Chapter => "Chapters",
        PageKind.Objective => "Objectives",
        PageKind.Event => "Events",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static string FrontMatter(string title, int? weight, string? description, IReadOnlyList<string>? aliases)
    {
        var yaml = new StringBuilder("---\n").Append("title: ").Append(Quoted(title)).Append('\n');
        if (weight is { } order)
        {
            yaml.Append("weight: ").Append(order.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }
        if (description is not null)
        {
            yaml.Append("description: ").Append(Quoted(description)).Append('\n');
        }
        if (aliases is { Count: > 0 })
        {
            yaml.Append("aliases:\n");
            foreach (var alias in aliases)
            {
                yaml.Append("  - ").Append(Quoted(alias)).Append('\n');
            }
        }
        return yaml.Append("---\n").ToString();
    }

    /// <summary>A double-quoted scalar, valid in YAML and in TOML.</summary>
    internal static string Quoted(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>Writes one file of a generated site, making its folders.</summary>
    internal static void WriteFile(string root, string relativePath, string text)
    {
        var path = Path.Combine(root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
