namespace PolicySite.Html;

/// <summary>What an element must have to match a selector: the key <see cref="ElementSelectorSet"/> files the selector under.</summary>
internal readonly record struct SubjectKey(SubjectKind Kind, string Value);

/// <summary>Which of an element's names a <see cref="SubjectKey"/> is.</summary>
internal enum SubjectKind
{
    Id,
    Class,
    Attribute,
    Tag,
    Any,
}
