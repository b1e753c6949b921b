namespace PolicySite.Cli.Internal.Preview;

/// <summary>What a static host does with a request path: serve a file, redirect, or not found.</summary>
internal abstract record Resolution
{
    private Resolution()
    {
    }

    public sealed record Found(ServedFile File) : Resolution;

    /// <summary>A permanent redirect to the canonical form (<c>/chapters/x</c> → <c>/chapters/x/</c>).</summary>
    public sealed record Redirect(string Location) : Resolution;

    public sealed record NotFound : Resolution;
}
