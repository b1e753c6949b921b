using Markdig.Extensions.Footnotes;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace PolicySite.Spine;

/// <summary>Finds a section of a page: its heading by id, and the blocks up to the next heading of the same or a higher level.</summary>
internal static class SectionBlocks
{
    public static IEnumerable<HeadingBlock> Headings(MarkdownDocument ast, string id) =>
        ast.OfType<HeadingBlock>().Where(h => h.GetAttributes().Id == id);

    public static IReadOnlyList<Block> Under(MarkdownDocument ast, HeadingBlock heading)
    {
        var blocks = new List<Block>();
        var index = ast.IndexOf(heading);
        for (var i = index + 1; i < ast.Count; i++)
        {
            var block = ast[i];
            if (block is HeadingBlock next && next.Level <= heading.Level || block is FootnoteGroup)
            {
                break;
            }
            blocks.Add(block);
        }
        return blocks;
    }
}
