using System.Text;

namespace PolicySite.Html;

/// <summary>An element of an <see cref="HtmlTree"/>: its name (lower case), attributes and children.</summary>
public sealed class HtmlTreeElement : HtmlTreeNode
{
    private static readonly (string Name, string Value)[] NoAttributes = [];
    private readonly (string Name, string Value)[] _attributes;
    private List<HtmlTreeNode>? _children;

    internal HtmlTreeElement(string name, (string Name, string Value)[]? attributes)
    {
        Name = name;
        _attributes = attributes ?? NoAttributes;
    }

    /// <summary>The tag name in lower case, e.g. <c>p</c>; <c>#document</c> for the root.</summary>
    public string Name { get; }

    /// <summary>The attributes in source order, names in lower case; of an attribute written twice the first stands, as in browsers.</summary>
    public IReadOnlyList<(string Name, string Value)> Attributes => _attributes;

    public IReadOnlyList<HtmlTreeNode> Children => (IReadOnlyList<HtmlTreeNode>?)_children ?? [];

    public string? Id => GetAttribute("id");

    public string? GetAttribute(string name)
    {
        foreach (var (key, value) in _attributes)
        {
            if (ReferenceEquals(key, name) || key == name)
            {
                return value;
            }
        }
        return null;
    }

    /// <summary>Whether the <c>class</c> attribute lists <paramref name="name"/> (classes are separated by white space).</summary>
    public bool HasClass(string name)
    {
        if (GetAttribute("class") is not { } classes)
        {
            return false;
        }
        foreach (var range in classes.AsSpan().SplitAny(HtmlWhiteSpace.Characters))
        {
            if (classes.AsSpan()[range].SequenceEqual(name))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Every element inside this one, in document order.</summary>
    public IEnumerable<HtmlTreeElement> Descendants()
    {
        var stack = new Stack<(HtmlTreeElement Element, int Next)>();
        stack.Push((this, 0));
        while (stack.Count > 0)
        {
            var (element, next) = stack.Pop();
            var children = element.Children;
            for (var i = next; i < children.Count; i++)
            {
                if (children[i] is HtmlTreeElement child)
                {
                    stack.Push((element, i + 1));
                    stack.Push((child, 0));
                    yield return child;
                    break;
                }
            }
        }
    }

    /// <summary>All text inside the element, as the DOM's <c>textContent</c> gives it.</summary>
    public string TextContent
    {
        get
        {
            var text = new StringBuilder();
            AppendText(this, text);
            return text.ToString();
        }
    }

    /// <summary>The element sibling after this one, if any.</summary>
    public HtmlTreeElement? NextElementSibling => Sibling(+1);

    /// <summary>The element sibling before this one, if any.</summary>
    public HtmlTreeElement? PreviousElementSibling => Sibling(-1);

    internal void Append(HtmlTreeNode node)
    {
        node.Parent = this;
        (_children ??= []).Add(node);
    }

    internal void ReplaceLastChild(HtmlTreeNode node)
    {
        node.Parent = this;
        _children![^1] = node;
    }

    private HtmlTreeElement? Sibling(int step)
    {
        if (Parent?._children is not { } siblings)
        {
            return null;
        }
        for (var i = siblings.IndexOf(this) + step; i >= 0 && i < siblings.Count; i += step)
        {
            if (siblings[i] is HtmlTreeElement element)
            {
                return element;
            }
        }
        return null;
    }

    private static void AppendText(HtmlTreeElement element, StringBuilder text)
    {
        foreach (var child in element.Children)
        {
            if (child is HtmlTreeText run)
            {
                text.Append(run.Text.Span);
            }
            else
            {
                AppendText((HtmlTreeElement)child, text);
            }
        }
    }

    public override string ToString() => $"<{Name}>";
}
