namespace PolicySite.Html;

/// <summary>
/// Many selectors asked together "does any match this element?", as browsers match style rules:
/// each selector is filed under its id, a class, an attribute or its type, and an element is
/// tried only against the selectors filed under its own. Search asks this of some thirty
/// selectors for every element of every page; trying each in turn cost more than reading the page.
/// </summary>
public sealed class ElementSelectorSet
{
    private readonly Dictionary<string, List<ElementSelector>> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ElementSelector>> _byClass = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ElementSelector>> _byAttribute = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ElementSelector>> _byTag = new(StringComparer.Ordinal);
    private readonly List<ElementSelector> _any = [];
    private readonly Dictionary<string, List<ElementSelector>>.AlternateLookup<ReadOnlySpan<char>> _byClassSpan;

    public ElementSelectorSet(IEnumerable<string> selectors)
    {
        foreach (var text in selectors)
        {
            var selector = new ElementSelector(text);
            foreach (var key in selector.SubjectKeys.Distinct())
            {
                var list = key.Kind switch
                {
                    SubjectKind.Id => Filed(_byId, key.Value),
                    SubjectKind.Class => Filed(_byClass, key.Value),
                    SubjectKind.Attribute => Filed(_byAttribute, key.Value),
                    SubjectKind.Tag => Filed(_byTag, key.Value),
                    _ => _any,
                };
                list.Add(selector);
            }
        }
        _byClassSpan = _byClass.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool MatchesAny(HtmlTreeElement element)
    {
        if (AnyMatch(_any, element)
            || (_byTag.TryGetValue(element.Name, out var byTag) && AnyMatch(byTag, element)))
        {
            return true;
        }
        foreach (var (name, value) in element.Attributes)
        {
            if (_byAttribute.TryGetValue(name, out var byAttribute) && AnyMatch(byAttribute, element))
            {
                return true;
            }
            if (name == "id" && _byId.TryGetValue(value, out var byId) && AnyMatch(byId, element))
            {
                return true;
            }
            if (name == "class" && _byClass.Count > 0)
            {
                foreach (var range in value.AsSpan().SplitAny(HtmlWhiteSpace.Characters))
                {
                    if (_byClassSpan.TryGetValue(value.AsSpan()[range], out var byClass) && AnyMatch(byClass, element))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static bool AnyMatch(List<ElementSelector> selectors, HtmlTreeElement element)
    {
        foreach (var selector in selectors)
        {
            if (selector.Matches(element))
            {
                return true;
            }
        }
        return false;
    }

    private static List<ElementSelector> Filed(Dictionary<string, List<ElementSelector>> index, string key)
    {
        if (!index.TryGetValue(key, out var list))
        {
            index[key] = list = [];
        }
        return list;
    }
}
