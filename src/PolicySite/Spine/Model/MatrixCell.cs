namespace PolicySite.Spine.Model;

/// <summary>A cell of the matrix: one objective's section for one part.</summary>
public sealed record MatrixCell(string Objective, string ObjectiveTitle, string Url);
