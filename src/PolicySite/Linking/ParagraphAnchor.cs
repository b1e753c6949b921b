using System.Globalization;

namespace PolicySite.Linking;

/// <summary>
/// A paragraph's anchor: the id its author gave it (<c>{#id}</c>), or, when none, its section's id,
/// <c>-p</c> and its number in the section (<c>intro-p1</c>, <c>aims-p3</c>), which is spelled out
/// only when asked for. A 5,000-page site has some 90,000 paragraphs, almost none of them ever
/// linked to, and a string for each was kept from Parse to the end of the build, where every full
/// collection marked it again.
/// </summary>
internal readonly record struct ParagraphAnchor(string? GivenId, string SectionId, int Number)
{
    /// <summary>The id of the paragraph's element.</summary>
    public string Id => GivenId ?? $"{SectionId}-p{Number.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Whether <paramref name="anchor"/> (the part of a link after <c>#</c>) is this paragraph's id, without spelling it out.</summary>
    public bool Is(ReadOnlySpan<char> anchor)
    {
        if (GivenId is not null)
        {
            return anchor.SequenceEqual(GivenId);
        }
        if (!anchor.StartsWith(SectionId, StringComparison.Ordinal) || !anchor[SectionId.Length..].StartsWith("-p", StringComparison.Ordinal))
        {
            return false;
        }
        Span<char> digits = stackalloc char[11];
        return Number.TryFormat(digits, out var written, provider: CultureInfo.InvariantCulture)
            && anchor[(SectionId.Length + 2)..].SequenceEqual(digits[..written]);
    }
}
