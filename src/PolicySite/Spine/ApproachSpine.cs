using PolicySite.Diagnostics;
using PolicySite.Linking;
using PolicySite.Markdown;
using PolicySite.Markdown.Extensions.SectionLinks;

namespace PolicySite.Spine;

/// <summary>
/// Checks and links the 3 × 5 spine during the Link stage: every objective page must have each
/// of the five approach parts exactly once; each part's section then links to the same part
/// under the other objectives, to its definition in Chapter III and to the side-by-side page.
/// </summary>
internal static class ApproachSpine
{
    public static void Link(IReadOnlyList<LinkedPage> pages, LinkContext context, DiagnosticBag diagnostics)
    {
        // These pages stay loaded for the whole build (SpineLayout.MayQuote), so the links are
        // attached to their ASTs as they are, with nothing to replay.
        var layout = SpineLayout.Find(pages.Select(p => p.Parsed));
        var complete = new List<ParsedPage>();
        foreach (var objective in layout.Objectives)
        {
            if (Check(objective, diagnostics))
            {
                complete.Add(objective);
            }
        }
        if (layout.Definition is not { } definition || complete.Count != layout.Objectives.Count)
        {
            return;
        }

        var urls = context.Urls;
        foreach (var part in ApproachPart.All)
        {
            var compare = new SectionLink(context.Ui("approach_compare"), urls.Path(part.Url));
            foreach (var objective in complete)
            {
                var others = complete
                    .Where(o => o != objective)
                    .Select(o => new SectionLink(o.Source.FrontMatter.Title, urls.Path($"{Route(o)}#{part.Id}")))
                    .Append(new SectionLink(context.Ui("approach_definition"), urls.Path($"{Route(definition)}#{part.Id}")))
                    .Append(compare)
                    .ToList();
                var heading = SectionBlocks.Headings(objective.Ast, part.Id).Single();
                new SectionLinks(context.Ui("approach_same_part"), others).AttachTo(heading);
            }

            var byObjective = complete
                .Select(o => new SectionLink(o.Source.FrontMatter.Title, urls.Path($"{Route(o)}#{part.Id}")))
                .Append(compare)
                .ToList();
            new SectionLinks(context.Ui("approach_by_objective"), byObjective).AttachTo(SectionBlocks.Headings(definition.Ast, part.Id).First());
        }
    }

    private static string Route(ParsedPage page) => PageRoute.For(page.Source.Kind, page.Source.Id).Url;

    private static bool Check(ParsedPage objective, DiagnosticBag diagnostics)
    {
        var ok = true;
        foreach (var part in ApproachPart.All)
        {
            var headings = SectionBlocks.Headings(objective.Ast, part.Id).ToList();
            if (headings.Count == 0)
            {
                diagnostics.Error(DiagnosticCodes.ApproachPartMissing,
                    $"objective page '{objective.Source.Id}' has no section for approach part {part.Number} ('{part.Id}'); add a heading ending in {{#{part.Id}}}",
                    objective.Source.Path, 1, 1);
                ok = false;
            }
            foreach (var extra in headings.Skip(1))
            {
                diagnostics.Error(DiagnosticCodes.ApproachPartDuplicate,
                    $"objective page '{objective.Source.Id}' has approach part {part.Number} ('{part.Id}') twice; keep one of the two sections (each part appears exactly once)",
                    objective.Source.Path, objective.Source.BodyFirstLine + extra.Line, extra.Column + 1);
                ok = false;
            }
        }
        return ok;
    }
}
