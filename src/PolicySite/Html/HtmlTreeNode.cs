namespace PolicySite.Html;

/// <summary>A node of an <see cref="HtmlTree"/>: an element or a run of text.</summary>
public abstract class HtmlTreeNode
{
    /// <summary>The element this node is a child of (the document root has none).</summary>
    public HtmlTreeElement? Parent { get; internal set; }
}
