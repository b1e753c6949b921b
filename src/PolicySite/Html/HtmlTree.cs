namespace PolicySite.Html;

/// <summary>A page read by <see cref="HtmlTreeReader"/>: its element tree and the elements readers look up.</summary>
public sealed class HtmlTree(HtmlTreeElement root)
{
    /// <summary>The document node (<c>#document</c>); its children are the page's top-level nodes, normally one <c>html</c> element.</summary>
    public HtmlTreeElement Root { get; } = root;

    /// <summary>The first <c>head</c> element, if the page has one.</summary>
    public HtmlTreeElement? Head => Root.Descendants().FirstOrDefault(e => e.Name == "head");

    /// <summary>The first <c>body</c> element, if the page has one.</summary>
    public HtmlTreeElement? Body => Root.Descendants().FirstOrDefault(e => e.Name == "body");

    /// <summary>Every element of the page in document order.</summary>
    public IEnumerable<HtmlTreeElement> Elements => Root.Descendants();

    /// <summary>The first element with the id, in document order (as <c>getElementById</c>).</summary>
    public HtmlTreeElement? GetElementById(string id) => Root.Descendants().FirstOrDefault(e => e.Id == id);
}
