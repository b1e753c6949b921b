namespace PolicySite.Html;

/// <summary>A run of text, with its character references decoded.</summary>
/// <remarks>Text without references is a slice of the page's own string, so reading it allocates nothing.</remarks>
public sealed class HtmlTreeText(ReadOnlyMemory<char> text) : HtmlTreeNode
{
    /// <summary>The text; the reader extends it when a comment or a stray <c>&lt;</c> split one run in two, as the DOM joins them.</summary>
    public ReadOnlyMemory<char> Text { get; internal set; } = text;

    /// <summary>Makes this run a new one, with no parent or sibling (<see cref="HtmlTreeNodePool"/>).</summary>
    internal void Reset(ReadOnlyMemory<char> text)
    {
        Text = text;
        Parent = null;
        NextSibling = null;
    }

    /// <summary>Lets go of the text, for a node a pool keeps unused.</summary>
    internal void Forget() => Reset(default);

    public override string ToString() => Text.ToString();
}
