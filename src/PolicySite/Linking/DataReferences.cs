using PolicySite.Content;
using PolicySite.Diagnostics;

namespace PolicySite.Linking;

/// <summary>
/// Checks the cross-references that data files hold (the paragraphs of each priority, the
/// source paragraph of each annex row), at their line in the data file, like those in Markdown.
/// </summary>
internal static class DataReferences
{
    public static void Check(LoadedSite site, SiteIndex index, DiagnosticBag diagnostics)
    {
        if (site.Priorities is { } priorities)
        {
            // Each file's lines once, not once for every reference it holds.
            var lines = priorities.Text.Split('\n');
            foreach (var priority in priorities.Value)
            {
                foreach (var id in priority.Paragraphs)
                {
                    Resolve(id, priorities.Path, lines, index, diagnostics);
                }
            }
        }
        if (site.Annex is { } annex)
        {
            var lines = annex.Text.Split('\n');
            foreach (var table in annex.Value.Tables)
            {
                foreach (var row in table.Rows)
                {
                    Resolve(row.Source, annex.Path, lines, index, diagnostics);
                    if (row.Cells.Count != table.Columns.Count)
                    {
                        diagnostics.Error(DiagnosticCodes.YamlInvalidValue,
                            $"a row of table '{table.Id}' has {row.Cells.Count} cells for {table.Columns.Count} columns; give one value per column",
                            annex.Path, LineOf(lines, row.Source), 1);
                    }
                }
            }
        }
    }

    private static void Resolve(string id, string path, string[] lines, SiteIndex index, DiagnosticBag diagnostics)
    {
        var line = LineOf(lines, id);
        var column = line > 0 ? lines[line - 1].IndexOf(id, StringComparison.Ordinal) + 1 : 0;
        CrossReferenceResolver.Target(id, index, path, line, column, diagnostics);
    }

    /// <summary>The 1-based number of the first line that holds <paramref name="value"/>; 0 if none does.</summary>
    private static int LineOf(string[] lines, string value)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(value, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }
        return 0;
    }
}
