using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using PolicySite.Markdown.Extensions.CrossReferences;
using PolicySite.Markdown.Extensions.Footnotes;
using PolicySite.Markdown.Extensions.Permalinks;
using PolicySite.Markdown.Extensions.SectionLinks;

namespace PolicySite.Markdown;

/// <summary>
/// The project's one Markdig pipeline. A built pipeline is immutable and thread-safe, so it is
/// built once per process and shared by every page and every build.
/// </summary>
public static class MarkdownPipelineFactory
{
    public static MarkdownPipeline Shared { get; } = Create();

    private static MarkdownPipeline Create() =>
        new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UseAutoIdentifiers(AutoIdentifierOptions.GitHub)
            .UsePipeTables()
            .UseFootnotes()
            // Replaces Markdig's footnote renderers, so it must come after UseFootnotes.
            .Use<PolicyFootnotesExtension>()
            .Use<ParagraphPermalinkExtension>()
            .Use<SectionLinksExtension>()
            .Use<CrossReferencesExtension>()
            // Generic attributes must be registered last: it post-processes the other parsers' blocks.
            .UseGenericAttributes()
            .Build();
}
