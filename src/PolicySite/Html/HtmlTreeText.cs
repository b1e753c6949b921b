namespace PolicySite.Html;

/// <summary>A run of text, with its character references decoded.</summary>
/// <remarks>Text without references is a slice of the page's own string, so reading it allocates nothing.</remarks>
public sealed class HtmlTreeText(ReadOnlyMemory<char> text) : HtmlTreeNode
{
    public ReadOnlyMemory<char> Text { get; } = text;

    public override string ToString() => Text.ToString();
}
