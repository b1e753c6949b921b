namespace PolicySite.Templates.Objectives;

/// <summary>The themes of <c>theme/objectives.yml</c>, in the file's order, found by objective numeral.</summary>
public sealed class ObjectiveThemeSet
{
    /// <summary>The generated stylesheet's name under <c>theme/assets/</c>: templates link it with <c>asset "css/objectives.css"</c>.</summary>
    public const string StylesheetName = "css/objectives.css";

    public static ObjectiveThemeSet None { get; } = new([]);

    public ObjectiveThemeSet(IReadOnlyList<ObjectiveTheme> themes)
    {
        Themes = themes;
    }

    public IReadOnlyList<ObjectiveTheme> Themes { get; }

    /// <summary>The theme of objective <paramref name="objective"/> ("II"), or null when the file has none for it.</summary>
    public ObjectiveTheme? Find(string objective) =>
        Themes.FirstOrDefault(t => string.Equals(t.Objective, objective, StringComparison.Ordinal));
}
