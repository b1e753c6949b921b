namespace PolicySite.Pages.Model;

/// <summary>An objective to filter results by: its numeral (the filter's value) and its theme ("Human rights").</summary>
public sealed record SearchObjectiveOption(string Value, string Title);
