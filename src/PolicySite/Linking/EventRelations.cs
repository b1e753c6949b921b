using PolicySite.Content;
using PolicySite.Diagnostics;

namespace PolicySite.Linking;

/// <summary>
/// Resolves each event's <c>related</c> cross-references, so that the event links to the parts of
/// the policy it relates to and those pages list the event: cross-links both ways.
/// </summary>
internal static class EventRelations
{
    public static IReadOnlyList<EventRelation> Resolve(IEnumerable<LinkedPage> events, SiteIndex index, DiagnosticBag diagnostics)
    {
        var relations = new List<EventRelation>();
        foreach (var page in events)
        {
            if (page.Parsed.Source.FrontMatter is not EventFrontMatter { Related.Count: > 0 } matter)
            {
                continue;
            }
            string[]? lines = null;
            foreach (var id in matter.Related)
            {
                var targets = index.Find(id);
                if (targets.Count != 1)
                {
                    // Only read the file again to point at the faulty line.
                    lines ??= File.ReadAllLines(page.Parsed.Source.Path);
                    var line = Array.FindIndex(lines, l => l.Contains(id, StringComparison.Ordinal)) + 1;
                    CrossReferenceResolver.Target(id, index, page.Parsed.Source.Path, line, line > 0 ? lines[line - 1].IndexOf(id, StringComparison.Ordinal) + 1 : 0, diagnostics);
                    continue;
                }
                relations.Add(new EventRelation(page.Id, targets[0]));
            }
        }
        return relations;
    }
}
