namespace PolicySite.Templates.Objectives;

/// <summary>A checked objective theme: colours valid and legible, icon safe to inline under the site's Content-Security-Policy.</summary>
public sealed record ObjectiveTheme(string Objective, ColourPair Accent, ColourPair Tint, string Header, string IconSvg)
{
    /// <summary>The class that carries the theme's custom properties: <c>objective-theme-ii</c>.</summary>
    public string CssClass => ClassFor(Objective);

    public static string ClassFor(string objective) => $"objective-theme-{objective.ToLowerInvariant()}";
}
