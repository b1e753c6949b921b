namespace PolicySite.Spine.Model;

/// <summary>A column of the matrix: an objective and its page.</summary>
public sealed record MatrixColumn(string Objective, string Title, string ObjectiveTitle, string Url);
