using System.Text;

namespace PolicySite.Html;

/// <summary>An element of an <see cref="HtmlTree"/>: its name (lower case), attributes and children.</summary>
public sealed class HtmlTreeElement : HtmlTreeNode
{
    private static readonly (string Name, string Value)[] NoAttributes = [];

    /// <summary>The attributes are <see cref="_attributeCount"/> entries of this array from <see cref="_attributeStart"/>: a pool's elements share one.</summary>
    private (string Name, string Value)[] _attributes;
    private int _attributeStart;
    private int _attributeCount;

    internal HtmlTreeElement(string name, (string Name, string Value)[]? attributes)
    {
        Name = name;
        _attributes = attributes ?? NoAttributes;
        _attributeCount = _attributes.Length;
    }

    /// <summary>The tag name in lower case, e.g. <c>p</c>; <c>#document</c> for the root.</summary>
    public string Name { get; private set; }

    /// <summary>The attributes in source order, names in lower case; of an attribute written twice the first stands, as in browsers.</summary>
    public ReadOnlySpan<(string Name, string Value)> Attributes => new(_attributes, _attributeStart, _attributeCount);

    /// <summary>The first child node, element or text.</summary>
    public HtmlTreeNode? FirstChild { get; private set; }

    /// <summary>The last child node, element or text.</summary>
    public HtmlTreeNode? LastChild { get; private set; }

    /// <summary>The child nodes in order (a walk of the links from <see cref="FirstChild"/>).</summary>
    public HtmlTreeChildren Children => new(FirstChild);

    public string? Id => GetAttribute("id");

    public string? GetAttribute(string name)
    {
        foreach (var (key, value) in Attributes)
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
        // Down to the first child, else on to the next sibling, else up until one has a next
        // sibling: the links are the walk's stack.
        var node = FirstChild;
        while (node is not null)
        {
            if (node is HtmlTreeElement element)
            {
                yield return element;
                if (element.FirstChild is { } first)
                {
                    node = first;
                    continue;
                }
            }
            while (node.NextSibling is null)
            {
                node = node.Parent;
                if (node is null || ReferenceEquals(node, this))
                {
                    yield break;
                }
            }
            node = node.NextSibling;
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
    public HtmlTreeElement? NextElementSibling
    {
        get
        {
            for (var node = NextSibling; node is not null; node = node.NextSibling)
            {
                if (node is HtmlTreeElement element)
                {
                    return element;
                }
            }
            return null;
        }
    }

    /// <summary>The element sibling before this one, if any.</summary>
    public HtmlTreeElement? PreviousElementSibling
    {
        get
        {
            HtmlTreeElement? previous = null;
            for (var node = Parent?.FirstChild; node is not null && !ReferenceEquals(node, this); node = node.NextSibling)
            {
                if (node is HtmlTreeElement element)
                {
                    previous = element;
                }
            }
            return previous;
        }
    }

    /// <summary>
    /// Makes this element a new one, with no parent, siblings or children, and the attributes
    /// <paramref name="attributeCount"/> entries of <paramref name="attributes"/> from
    /// <paramref name="attributeStart"/> (<see cref="HtmlTreeNodePool"/>).
    /// </summary>
    internal void Reset(string name, (string Name, string Value)[] attributes, int attributeStart, int attributeCount)
    {
        Name = name;
        _attributes = attributes;
        _attributeStart = attributeStart;
        _attributeCount = attributeCount;
        Parent = null;
        NextSibling = null;
        FirstChild = null;
        LastChild = null;
    }

    /// <summary>Lets go of the attributes, for an element a pool keeps unused.</summary>
    internal void Forget() => Reset(Name, NoAttributes, 0, 0);

    internal void Append(HtmlTreeNode node)
    {
        node.Parent = this;
        if (LastChild is null)
        {
            FirstChild = node;
        }
        else
        {
            LastChild.NextSibling = node;
        }
        LastChild = node;
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
