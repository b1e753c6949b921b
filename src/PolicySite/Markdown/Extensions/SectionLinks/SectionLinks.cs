using Markdig.Syntax;

namespace PolicySite.Markdown.Extensions.SectionLinks;

/// <summary>
/// Links shown right under a heading, to the sections that belong with it elsewhere in the site
/// (the same approach part under the other objectives). Attached to the heading during linking.
/// </summary>
public sealed record SectionLinks(string Label, IReadOnlyList<SectionLink> Links)
{
    private static readonly object DataKey = typeof(SectionLinks);

    public void AttachTo(HeadingBlock heading) => heading.SetData(DataKey, this);

    public static SectionLinks? Of(HeadingBlock heading) => heading.GetData(DataKey) as SectionLinks;
}
