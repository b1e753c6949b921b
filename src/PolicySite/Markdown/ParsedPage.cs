using Markdig.Extensions.Footnotes;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using PolicySite.Content;
using PolicySite.Markdown.Prerendering;

namespace PolicySite.Markdown;

/// <summary>
/// A source document with its Markdown parsed. The AST is adjusted by the Link stage (and given
/// its labels by Render), then rendered. Every adjustment goes through <see cref="Change"/> or
/// <see cref="Record"/>, so that a build can let the AST go as soon as Link has taken what it
/// needs of it (<see cref="Unload"/>) and have it made again, adjusted the same way, when its
/// page is rendered: a 5,000-page site's ASTs are some 110 MiB that would otherwise all be held
/// from Parse to Render. Most pages of a one-off build need not be made again: their bodies are
/// rendered as soon as they are parsed (<see cref="Prerender"/>).
/// </summary>
public sealed class ParsedPage(SourceDocument source, MarkdownDocument ast, IReadOnlyList<Heading> headings)
{
    private MarkdownDocument? _ast = ast;
    private MarkdownDocument? _notes;
    private List<Action<MarkdownDocument>>? _changes;
    private PrerenderedBody? _prerendered;
    private PrerenderedNotes? _prerenderedNotes;
    private bool _released;

    public SourceDocument Source { get; } = source;

    /// <summary>
    /// The page's AST. After <see cref="Unload"/> each read parses the text again and replays the
    /// recorded changes: a caller that needs the same nodes twice keeps the AST it got, or the
    /// page is kept loaded (<see cref="KeepLoaded"/>).
    /// </summary>
    public MarkdownDocument Ast => _ast ?? Rebuild();

    public IReadOnlyList<Heading> Headings { get; } = headings;

    /// <summary>
    /// The page's note groups at the top of a document, with every change applied: the whole AST
    /// while it is loaded, else the notes that <see cref="Unload"/> kept (an empty document for a
    /// page without notes). The notes page quotes every page's notes; without them it would parse
    /// every page again.
    /// </summary>
    public MarkdownDocument Notes => _ast ?? _notes ?? Rebuild();

    /// <summary>False once <see cref="KeepLoaded"/> was called: other pages' generation reads parts of this AST by identity, or reads it often.</summary>
    public bool CanUnload { get; private set; } = true;

    /// <summary>Changes the AST and records the change, for an AST made again after <see cref="Unload"/>.</summary>
    internal void Change(Action<MarkdownDocument> change)
    {
        // A change made for the whole AST works on the notes alone too: it finds what it changes
        // by walking the document, and the notes are all of it there is.
        if ((_ast ?? _notes) is { } loaded)
        {
            change(loaded);
        }
        Record(change);
    }

    /// <summary>
    /// Records how to redo a change that the caller made to the loaded AST itself (with
    /// diagnostics and side results that a replay must not repeat). Replays run on any thread.
    /// </summary>
    internal void Record(Action<MarkdownDocument> replay)
    {
        // A prerendered page is never parsed again: nothing would replay it.
        if (!IsPrerendered)
        {
            (_changes ??= []).Add(replay);
        }
    }

    /// <summary>Whether the page's body was rendered as soon as it was parsed (<see cref="Prerender"/>), not to be rendered from its AST.</summary>
    public bool IsPrerendered { get; private set; }

    /// <summary>
    /// Keeps <paramref name="body"/> as the page's rendered body and <paramref name="notes"/> as
    /// its notes as the notes page shows them, with holes for what Link adds, and lets the AST,
    /// its recorded changes and the source text go: nothing reads them again, so the page is never
    /// parsed a second time.
    /// </summary>
    internal void Prerender(PrerenderedBody body, PrerenderedNotes notes)
    {
        _prerendered = body;
        _prerenderedNotes = notes;
        IsPrerendered = true;
        _ast = null;
        _notes = null;
        _changes = null;
        Source.ReleaseBody();
    }

    /// <summary>The notes of a prerendered page as the notes page shows them; null for a page that is not (its <see cref="Notes"/> are its AST's).</summary>
    internal PrerenderedNotes? PrerenderedNotes => _prerenderedNotes;

    /// <summary>
    /// The prerendered body, for Render to write once: the page holds it no longer, as nothing
    /// else reads it, while its notes wait for the notes page (<see cref="Release"/>).
    /// </summary>
    internal PrerenderedBody TakePrerendered()
    {
        var body = _prerendered ?? throw new InvalidOperationException(
            IsPrerendered ? $"the body of {Source.Path} was written once already" : $"the body of {Source.Path} was not prerendered");
        _prerendered = null;
        return body;
    }

    /// <summary>For a page whose nodes other pages' generation holds on to (the approach spine), or that is read again and again after Render (an event).</summary>
    internal void KeepLoaded() => CanUnload = false;

    /// <summary>Lets the AST go until it is next read (<see cref="Ast"/> makes it again), keeping its <see cref="Notes"/>.</summary>
    internal void Unload()
    {
        if (CanUnload && _ast is { } ast)
        {
            _notes = NotesOf(ast);
            _ast = null;
        }
    }

    /// <summary>
    /// Lets the AST (or the notes kept), the recorded changes and the source text go once nothing
    /// will read them again: the text alone is some 30 MiB on a 5,000-page site, and holding it
    /// to the end only raised the build's peak.
    /// </summary>
    internal void Release()
    {
        _ast = null;
        _notes = null;
        _changes = null;
        _prerendered = null;
        _prerenderedNotes = null;
        _released = true;
        Source.ReleaseBody();
    }

    /// <summary>
    /// Moves the note groups out of <paramref name="ast"/> into a document of their own, holding
    /// neither the rest of the AST nor the page's text: each note's list of citations points into
    /// the text's nodes (detached copies keep what the renderers read of one, its index), and each
    /// run of text is a slice of the whole text as one string (copied out).
    /// </summary>
    private static MarkdownDocument NotesOf(MarkdownDocument ast)
    {
        var notes = new MarkdownDocument();
        for (var i = 0; i < ast.Count; i++)
        {
            if (ast[i] is not FootnoteGroup group)
            {
                continue;
            }
            ast.RemoveAt(i--);
            notes.Add(group);
            foreach (var footnote in group.OfType<Footnote>())
            {
                var links = footnote.Links;
                for (var l = 0; l < links.Count; l++)
                {
                    links[l] = new FootnoteLink(footnote) { Index = links[l].Index };
                }
            }
            foreach (var inline in group.Descendants<Inline>())
            {
                switch (inline)
                {
                    case LiteralInline literal:
                        literal.Content = new StringSlice(literal.Content.ToString());
                        break;
                    case HtmlEntityInline entity:
                        entity.Original = new StringSlice(entity.Original.ToString());
                        break;
                }
            }
        }
        return notes;
    }

    private MarkdownDocument Rebuild()
    {
        if (_released)
        {
            throw new InvalidOperationException(
                $"the AST of {Source.Path} was let go once the page was rendered; a stage after Render must not read it");
        }
        if (IsPrerendered)
        {
            throw new InvalidOperationException(
                $"the AST and text of {Source.Path} were let go once its body was prerendered; only a page that nothing else quotes is prerendered");
        }
        // Text that Parse could not read fails the build before any page is rendered.
        var ast = ParseMarkdown.ParseAst(Source.Body) ?? new MarkdownDocument();
        foreach (var change in _changes ?? [])
        {
            change(ast);
        }
        return ast;
    }
}
