using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Linking;
using PolicySite.Markdown;
using PolicySite.Pages.Model;

namespace PolicySite.Pages;

/// <summary>
/// One page per thematic priority of <c>data/priorities.yml</c>: every paragraph of the document
/// that deals with it, quoted, each linking to its place in context. Which paragraphs belong is
/// data chosen by staff, never guessed at build time.
/// </summary>
public sealed class PriorityPagesGenerator : IPageGenerator
{
    public IEnumerable<GeneratedPage> Declare(LoadedSite site, IReadOnlyList<ParsedPage> pages, DiagnosticBag diagnostics)
    {
        foreach (var priority in site.Priorities?.Value ?? [])
        {
            if (!IdRules.IsValid(priority.Id))
            {
                diagnostics.Error(DiagnosticCodes.InvalidId,
                    $"priority id '{priority.Id}' may only contain lower-case letters, digits and single hyphens (it becomes part of a URL); rename it",
                    site.Priorities!.Path, LoadContent.LineOf(site.Priorities.Text, $"id: {priority.Id}"), 1);
                continue;
            }
            yield return new GeneratedPage(priority.Id, "priority", PageRoute.Folder($"priorities/{priority.Id}/"), new PageTitle(priority.Title),
                context => new PriorityPageData(priority.Paragraphs
                    .Select(id => ParagraphExcerpt.Find(id, context))
                    .OfType<ParagraphExcerpt>()
                    .ToList()))
            {
                SourcePath = site.Priorities!.Path,
            };
        }
    }
}
