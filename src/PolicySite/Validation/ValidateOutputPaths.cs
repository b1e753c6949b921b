using PolicySite.Diagnostics;
using PolicySite.Emit;

namespace PolicySite.Validation;

/// <summary>
/// Two files of the site may never claim one output path (a page and an alias, two generated
/// pages): the second would silently overwrite the first.
/// </summary>
public sealed class ValidateOutputPaths
{
    public void Run(IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics)
    {
        foreach (var group in files.GroupBy(f => f.Path, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            var sources = string.Join(", ", group.Select(f => f.SourcePath ?? "(generated)").Distinct());
            diagnostics.Error(DiagnosticCodes.DuplicateOutputPath,
                $"{group.Count()} files would be written to '{group.Key}' (from {sources}); give the pages different ids or aliases",
                group.First().SourcePath ?? group.Key);
        }
    }
}
