using System.Text.RegularExpressions;
using AngleSharp.Css.Dom;
using AngleSharp.Css.Parser;
using AngleSharp.Dom;

namespace PolicySite.Search;

/// <summary>
/// A CSS selector with a cheap test in front of it: the tag, classes and attributes its last
/// compound names, which an element must have before the full selector is worth matching.
/// Search matches some thirty selectors against every element of every page; most elements
/// fail the cheap test, and the full match is what cost the time.
/// </summary>
internal sealed partial class SelectorRule
{
    private readonly ISelector _selector;
    private readonly string? _tag;
    private readonly string[] _classes;
    private readonly string[] _attributes;

    public SelectorRule(string selector, CssSelectorParser parser)
    {
        _selector = parser.ParseSelector(selector) ?? throw new ArgumentException($"not a CSS selector: {selector}");
        // The subject of a selector is its last compound: "a > b.c[d]" is about b.c[d].
        var subject = LastCompound().Match(selector).Value;
        var tag = Tag().Match(subject);
        _tag = tag.Success ? tag.Value.ToLowerInvariant() : null;
        _classes = Class().Matches(subject).Select(m => m.Groups[1].Value).ToArray();
        _attributes = Attribute().Matches(subject).Select(m => m.Groups[1].Value).ToArray();
    }

    public bool Matches(IElement element)
    {
        if (_tag is not null && element.LocalName != _tag)
        {
            return false;
        }
        foreach (var name in _classes)
        {
            if (!element.ClassList.Contains(name))
            {
                return false;
            }
        }
        foreach (var name in _attributes)
        {
            if (!element.HasAttribute(name))
            {
                return false;
            }
        }
        return _selector.Match(element);
    }

    [GeneratedRegex(@"[^\s>+~]+$")]
    private static partial Regex LastCompound();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9-]*")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\.([A-Za-z_-][A-Za-z0-9_-]*)")]
    private static partial Regex Class();

    [GeneratedRegex(@"\[\s*([A-Za-z_-][A-Za-z0-9_:-]*)")]
    private static partial Regex Attribute();
}
