namespace PolicySite.Pages.Model;

/// <summary>A letter of the A–Z index's letter bar; <see cref="Id"/> is the anchor of its group, null when no subject starts with it.</summary>
public sealed record SearchLetter(string Letter, string? Id);
