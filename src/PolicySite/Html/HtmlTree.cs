namespace PolicySite.Html;

/// <summary>A page read by <see cref="HtmlTreeReader"/>: its element tree and the elements readers look up.</summary>
public sealed class HtmlTree(HtmlTreeElement root, HtmlTreeElementList elements)
{
    /// <summary>The document node (<c>#document</c>); its children are the page's top-level nodes, normally one <c>html</c> element.</summary>
    public HtmlTreeElement Root { get; } = root;

    /// <summary>The first <c>head</c> element, if the page has one.</summary>
    public HtmlTreeElement? Head => First("head");

    /// <summary>The first <c>body</c> element, if the page has one.</summary>
    public HtmlTreeElement? Body => First("body");

    /// <summary>Every element of the page (not the document node) in document order.</summary>
    public HtmlTreeElementList Elements { get; } = elements;

    /// <summary>The first element with the id, in document order (as <c>getElementById</c>).</summary>
    public HtmlTreeElement? GetElementById(string id)
    {
        foreach (var element in Elements)
        {
            if (element.Id == id)
            {
                return element;
            }
        }
        return null;
    }

    private HtmlTreeElement? First(string name)
    {
        foreach (var element in Elements)
        {
            if (element.Name == name)
            {
                return element;
            }
        }
        return null;
    }
}
