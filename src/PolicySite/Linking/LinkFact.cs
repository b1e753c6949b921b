namespace PolicySite.Linking;

/// <summary>
/// One <c>ref:</c> or <c>xref:</c> link of a page as the Link stage checks it, without its AST
/// node: the URL as written, where it is (the AST's 0-based body line and column), the top-level
/// section it is in, and for a source link the page's own number of the note it is in.
/// </summary>
internal readonly record struct LinkFact(string Url, int Line, int Column, string? Section, int? Note)
{
    public bool IsSource => Url.StartsWith(SourceLinkResolver.Scheme, StringComparison.Ordinal);
}
