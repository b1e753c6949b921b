using System.Text;
using System.Text.RegularExpressions;
using PolicySite.Content;
using PolicySite.Diagnostics;

namespace PolicySite.Templates.Objectives;

/// <summary>
/// Part of loading the theme: reads <c>theme/objectives.yml</c>, one visual theme per objective
/// (accent and tint for light and dark mode, header treatment, icon), checks it, and hands the
/// stylesheet generated from it to the theme's assets as <c>css/objectives.css</c>, fingerprinted
/// like every other asset. A theme without the file simply has no objective themes.
/// </summary>
public static partial class LoadObjectiveThemes
{
    public const string FileName = "objectives.yml";

    /// <param name="themeDirectory">The theme folder; the file is <c>objectives.yml</c> in it.</param>
    /// <param name="diagnostics">Where problems are reported, at the entry's line.</param>
    /// <param name="addAsset">Adds a generated file to the theme's assets, by its name under <c>theme/assets/</c>.</param>
    public static ObjectiveThemeSet Run(string themeDirectory, DiagnosticBag diagnostics, Action<string, byte[]> addAsset)
    {
        var path = Path.Combine(themeDirectory, FileName);
        var themes = File.Exists(path) ? Read(path, diagnostics) : [];

        var clash = Path.Combine(themeDirectory, "assets", ObjectiveThemeSet.StylesheetName);
        if (File.Exists(clash))
        {
            diagnostics.Error(DiagnosticCodes.DuplicateOutputPath,
                $"theme/assets/{ObjectiveThemeSet.StylesheetName} is generated from theme/{FileName}; rename or remove the file",
                clash);
        }
        else
        {
            addAsset(ObjectiveThemeSet.StylesheetName, Encoding.UTF8.GetBytes(ObjectiveStylesheet.Generate(themes)));
        }
        return new ObjectiveThemeSet(themes);
    }

    private static List<ObjectiveTheme> Read(string path, DiagnosticBag diagnostics)
    {
        var text = TextFileReader.Read(path, diagnostics);
        if (text is null || YamlReader.Read<List<ObjectiveThemeEntry>>(text, path, 1, diagnostics) is not { } entries)
        {
            return [];
        }

        var themes = new List<ObjectiveTheme>();
        foreach (var entry in entries)
        {
            var line = LineOf(text, entry.Objective);
            void Invalid(string message) => diagnostics.Error(DiagnosticCodes.YamlInvalidValue, message, path, line, 1);

            if (!Numeral().IsMatch(entry.Objective))
            {
                Invalid($"objective '{entry.Objective}' is not a Roman numeral; write it as the objective page's front matter does (I, II, III)");
                continue;
            }
            if (themes.Any(t => t.Objective == entry.Objective))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateId, $"objective {entry.Objective} has two themes; keep one", path, line, 1);
                continue;
            }
            var ok = true;
            foreach (var (name, pair) in new[] { ("accent", entry.Accent), ("tint", entry.Tint) })
            {
                foreach (var (mode, colour) in new[] { ("light", pair.Light), ("dark", pair.Dark) })
                {
                    if (!Contrast.IsHexColour(colour))
                    {
                        Invalid($"objective {entry.Objective}: {name}.{mode} '{colour}' is not a colour; write it as #rrggbb");
                        ok = false;
                    }
                }
            }
            if (ok)
            {
                foreach (var (mode, accent, tint) in new[] { ("light", entry.Accent.Light, entry.Tint.Light), ("dark", entry.Accent.Dark, entry.Tint.Dark) })
                {
                    var ratio = Contrast.Ratio(accent, tint);
                    if (ratio < Contrast.TextMinimum)
                    {
                        Invalid($"objective {entry.Objective}: in {mode} mode the accent {accent} on the tint {tint} has a contrast of {ratio:0.00}:1; WCAG 2.2 AA needs {Contrast.TextMinimum}:1 for text");
                        ok = false;
                    }
                }
            }
            if (!HeaderTreatments.All.Contains(entry.Header, StringComparer.Ordinal))
            {
                Invalid($"objective {entry.Objective}: header '{entry.Header}' is not one of {string.Join(", ", HeaderTreatments.All)}");
                ok = false;
            }
            var (icon, problem) = SvgIcon.Prepare(entry.Icon);
            if (problem is not null)
            {
                Invalid($"objective {entry.Objective}: {problem}");
                ok = false;
            }
            if (ok)
            {
                themes.Add(new ObjectiveTheme(entry.Objective, entry.Accent, entry.Tint, entry.Header, icon!));
            }
        }
        return themes;
    }

    /// <summary>The line of <c>objective: II</c> (quoted or not), so that a problem is reported at its entry.</summary>
    private static int LineOf(string yaml, string objective)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].Trim().TrimStart('-').Trim();
            if (trimmed == $"objective: {objective}" || trimmed == $"objective: \"{objective}\"" || trimmed == $"objective: '{objective}'")
            {
                return i + 1;
            }
        }
        return 1;
    }

    [GeneratedRegex("^[IVXLC]+$")]
    private static partial Regex Numeral();
}
