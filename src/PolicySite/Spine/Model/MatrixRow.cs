namespace PolicySite.Spine.Model;

/// <summary>A row of the matrix: an approach part, its page, and its section under each objective.</summary>
public sealed record MatrixRow(int Number, string Title, string Url, IReadOnlyList<MatrixCell> Cells);
