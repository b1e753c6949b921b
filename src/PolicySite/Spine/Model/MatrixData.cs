namespace PolicySite.Spine.Model;

/// <summary><c>page.data</c> of the matrix page: objectives × approach parts.</summary>
public sealed record MatrixData(IReadOnlyList<MatrixColumn> Columns, IReadOnlyList<MatrixRow> Rows);
