namespace PolicySite.Templates.Objectives;

/// <summary>
/// One objective's visual theme as <c>theme/objectives.yml</c> declares it. Every key is
/// required and unknown keys are errors, like every other data file.
/// </summary>
public sealed record ObjectiveThemeEntry
{
    /// <summary>The objective's Roman numeral, as in the objective page's front matter (<c>objective: II</c>).</summary>
    public required string Objective { get; init; }

    /// <summary>The accent: rules, icon and the "Objective II" captions. Text-grade contrast on the page and on <see cref="Tint"/>.</summary>
    public required ColourPair Accent { get; init; }

    /// <summary>The quiet background of the objective's header and matrix column.</summary>
    public required ColourPair Tint { get; init; }

    /// <summary>How the objective page's header is set off: one of <see cref="HeaderTreatments.All"/>.</summary>
    public required string Header { get; init; }

    /// <summary>An inline SVG drawn in <c>currentColor</c>; decorative (the numeral and title say the same), so it is hidden from assistive technology.</summary>
    public required string Icon { get; init; }
}

/// <summary>A colour for light mode and one for dark mode, each <c>#rrggbb</c>.</summary>
public sealed record ColourPair
{
    public required string Light { get; init; }

    public required string Dark { get; init; }
}
