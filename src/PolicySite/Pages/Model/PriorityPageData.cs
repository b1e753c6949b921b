namespace PolicySite.Pages.Model;

/// <summary><c>page.data</c> of a thematic priority's page: the paragraphs of the document that deal with it.</summary>
public sealed record PriorityPageData(IReadOnlyList<ParagraphExcerpt> Paragraphs);
