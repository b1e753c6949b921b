namespace PolicySite.Html;

/// <summary>
/// A CSS selector matched against <see cref="HtmlTree"/> elements. It takes the part of CSS that
/// search's rules are written in: type, <c>*</c>, <c>.class</c>, <c>#id</c>, <c>[attr]</c>,
/// <c>[attr=value]</c>, <c>:first-child</c>, <c>:last-child</c>, descendant and child (<c>&gt;</c>)
/// combinators, and lists (<c>a, b</c>). Anything else is refused when the selector is made, not
/// silently misread.
/// </summary>
public sealed class ElementSelector
{
    private readonly Compound[][] _alternatives;

    public ElementSelector(string selector)
    {
        Text = selector;
        _alternatives = selector.Split(',').Select(part => Parse(part.Trim(), selector)).ToArray();
    }

    public string Text { get; }

    /// <summary>
    /// For each alternative, the most telling thing an element must have to match it (an id, a
    /// class, an attribute or a type), which <see cref="ElementSelectorSet"/> indexes it by.
    /// </summary>
    internal IEnumerable<SubjectKey> SubjectKeys => _alternatives.Select(compounds => compounds[^1].Key);

    public bool Matches(HtmlTreeElement element)
    {
        foreach (var compounds in _alternatives)
        {
            if (MatchesFrom(compounds, compounds.Length - 1, element))
            {
                return true;
            }
        }
        return false;
    }

    public override string ToString() => Text;

    /// <summary>Matches compounds[..=index] with compounds[index] on <paramref name="element"/>, right to left.</summary>
    private static bool MatchesFrom(Compound[] compounds, int index, HtmlTreeElement element)
    {
        var compound = compounds[index];
        if (!compound.Matches(element))
        {
            return false;
        }
        if (index == 0)
        {
            return true;
        }
        if (compound.ChildOfPrevious)
        {
            return element.Parent is { } parent && MatchesFrom(compounds, index - 1, parent);
        }
        for (var ancestor = element.Parent; ancestor is not null; ancestor = ancestor.Parent)
        {
            if (MatchesFrom(compounds, index - 1, ancestor))
            {
                return true;
            }
        }
        return false;
    }

    private static Compound[] Parse(string complex, string whole)
    {
        if (complex.Length == 0)
        {
            throw Unsupported(whole, "an empty selector");
        }
        var compounds = new List<Compound>();
        var i = 0;
        var child = false;
        while (i < complex.Length)
        {
            var start = i;
            var compound = new Compound { ChildOfPrevious = child };
            if (complex[i] == '*')
            {
                i++;
            }
            else if (char.IsAsciiLetter(complex[i]))
            {
                compound.Tag = Identifier(complex, ref i).ToLowerInvariant();
            }
            while (i < complex.Length && complex[i] is '.' or '#' or '[' or ':')
            {
                var kind = complex[i++];
                switch (kind)
                {
                    case '.':
                        compound.Classes.Add(Identifier(complex, ref i));
                        break;
                    case '#':
                        compound.Id = Identifier(complex, ref i);
                        break;
                    case '[':
                        compound.Attributes.Add(AttributeTest(complex, ref i, whole));
                        break;
                    default:
                        var pseudo = Identifier(complex, ref i);
                        if (pseudo == "first-child")
                        {
                            compound.FirstChild = true;
                        }
                        else if (pseudo == "last-child")
                        {
                            compound.LastChild = true;
                        }
                        else
                        {
                            throw Unsupported(whole, $":{pseudo}");
                        }
                        break;
                }
            }
            if (i == start)
            {
                throw Unsupported(whole, $"'{complex[i]}'");
            }
            compounds.Add(compound);
            var spaced = false;
            while (i < complex.Length && complex[i] == ' ')
            {
                i++;
                spaced = true;
            }
            child = i < complex.Length && complex[i] == '>';
            if (child)
            {
                i++;
                while (i < complex.Length && complex[i] == ' ')
                {
                    i++;
                }
            }
            else if (i < complex.Length && !spaced)
            {
                throw Unsupported(whole, $"'{complex[i]}'");
            }
        }
        if (child)
        {
            throw Unsupported(whole, "a '>' with nothing after it");
        }
        return [.. compounds];
    }

    private static (string Name, string? Value) AttributeTest(string text, ref int i, string whole)
    {
        var close = text.IndexOf(']', i);
        if (close < 0)
        {
            throw Unsupported(whole, "an unclosed '['");
        }
        var inside = text[i..close];
        i = close + 1;
        var equals = inside.IndexOf('=');
        if (equals < 0)
        {
            return (inside.Trim().ToLowerInvariant(), null);
        }
        var name = inside[..equals].Trim();
        if (name.Length == 0 || !char.IsAsciiLetterOrDigit(name[^1]))
        {
            throw Unsupported(whole, $"the attribute test [{inside}] (only [name] and [name=value] are understood)");
        }
        var value = inside[(equals + 1)..].Trim();
        if (value.Length >= 2 && value[0] is '"' or '\'' && value[^1] == value[0])
        {
            value = value[1..^1];
        }
        return (name.ToLowerInvariant(), value);
    }

    private static string Identifier(string text, ref int i)
    {
        var start = i;
        while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '-' or '_'))
        {
            i++;
        }
        return text[start..i];
    }

    private static ArgumentException Unsupported(string selector, string what) =>
        new($"the selector '{selector}' uses {what}, which PolicySite's page reader does not match; write it with types, classes, ids, [attribute], [attribute=value], :first-child, :last-child, descendant and '>' combinators");

    /// <summary>One compound selector (<c>li.note[id]:last-child</c>) and how it joins the one before it.</summary>
    private sealed class Compound
    {
        public string? Tag { get; set; }

        public string? Id { get; set; }

        public List<string> Classes { get; } = [];

        public List<(string Name, string? Value)> Attributes { get; } = [];

        public bool FirstChild { get; set; }

        public bool LastChild { get; set; }

        /// <summary>Joined to the compound before it by '>' (else by a descendant combinator).</summary>
        public bool ChildOfPrevious { get; init; }

        public SubjectKey Key =>
            Id is not null ? new(SubjectKind.Id, Id)
            : Classes.Count > 0 ? new(SubjectKind.Class, Classes[0])
            : Attributes.Count > 0 ? new(SubjectKind.Attribute, Attributes[0].Name)
            : Tag is not null ? new(SubjectKind.Tag, Tag)
            : new(SubjectKind.Any, "");

        public bool Matches(HtmlTreeElement element)
        {
            if (Tag is not null && element.Name != Tag)
            {
                return false;
            }
            if (Id is not null && element.Id != Id)
            {
                return false;
            }
            foreach (var name in Classes)
            {
                if (!element.HasClass(name))
                {
                    return false;
                }
            }
            foreach (var (name, value) in Attributes)
            {
                var actual = element.GetAttribute(name);
                if (actual is null || (value is not null && actual != value))
                {
                    return false;
                }
            }
            return (!FirstChild || element.PreviousElementSibling is null && element.Parent is not null)
                && (!LastChild || element.NextElementSibling is null && element.Parent is not null);
        }
    }
}
