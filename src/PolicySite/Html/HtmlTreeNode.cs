namespace PolicySite.Html;

/// <summary>A node of an <see cref="HtmlTree"/>: an element or a run of text.</summary>
public abstract class HtmlTreeNode
{
    /// <summary>The element this node is a child of (the document root has none).</summary>
    public HtmlTreeElement? Parent { get; internal set; }

    /// <summary>The node after this one in its parent, element or text.</summary>
    /// <remarks>
    /// Children are linked, not listed: a list per element (and its growing array) was a third of
    /// what reading a page allocated, and Inspect reads every page of the site.
    /// </remarks>
    public HtmlTreeNode? NextSibling { get; internal set; }
}
