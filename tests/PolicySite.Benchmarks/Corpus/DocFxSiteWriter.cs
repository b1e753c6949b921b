using System.Text;
using PolicySite.Content;

namespace PolicySite.Benchmarks.Corpus;

/// <summary>
/// Writes a DocFX project for the Hugo site's Markdown (<see cref="HugoSiteWriter"/>): a
/// <c>docfx.json</c> beside the Hugo site that builds its <c>content/</c> folder with DocFX's
/// default template, and a <c>toc.yml</c> listing every page under its section.
/// </summary>
/// <remarks>
/// The table of contents is DocFX's navigation, as the contents list on every page is
/// PolicySite's: without one a DocFX site has no navigation at all, and builds in some 60% of
/// the time (5,000 pages, one run each: 7.9 s and 302 MiB without, 12.7–13.5 s and 351–467 MiB
/// with; session 15). The reference figures are closer to a site with one: there DocFX
/// took 8.6× Hugo's time at 5,000 pages, here 9.8× with a table of contents and 5.8× without.
/// </remarks>
internal static class DocFxSiteWriter
{
    /// <summary>Writes the project into <paramref name="docFxDirectory"/>, a sibling of the Hugo site's folder <paramref name="hugoFolderName"/>.</summary>
    public static void Write(LoadedSite site, string docFxDirectory, string hugoFolderName)
    {
        HugoSiteWriter.WriteFile(docFxDirectory, "docfx.json", $$"""
            {
              "build": {
                "content": [
                  { "files": [ "**/*.md" ], "src": "../{{hugoFolderName}}/content" },
                  { "files": [ "toc.yml" ] }
                ]
              }
            }

            """);
        var toc = new StringBuilder();
        foreach (var section in site.Documents.GroupBy(document => document.Kind).OrderBy(group => group.Key))
        {
            var folder = HugoSiteWriter.Section(section.Key);
            toc.Append("- name: ").Append(HugoSiteWriter.Quoted(HugoSiteWriter.SectionTitle(section.Key))).Append('\n')
                .Append("  href: ").Append(folder).Append("/_index.md\n")
                .Append("  items:\n");
            foreach (var document in section.OrderBy(document => document.Order).ThenBy(document => document.Id, StringComparer.Ordinal))
            {
                toc.Append("  - name: ").Append(HugoSiteWriter.Quoted(document.FrontMatter.Title)).Append('\n')
                    .Append("    href: ").Append(folder).Append('/').Append(document.Id).Append(".md\n");
            }
        }
        HugoSiteWriter.WriteFile(docFxDirectory, "toc.yml", toc.ToString());
    }
}
