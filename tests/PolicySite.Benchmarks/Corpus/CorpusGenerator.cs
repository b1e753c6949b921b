using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PolicySite.Benchmarks.Corpus;

/// <summary>
/// Writes a PolicySite <c>input/</c> folder of generated chapters for benchmarks, deterministic
/// from a seed: the same seed and page count give byte-identical files. Each page has the shape
/// the performance issue (#9) names: about 825 words in four <c>##</c> sections with <c>{#id}</c>s,
/// a bullet list, a pipe table, a blockquote, three footnotes and five cross-references to other
/// pages (one to a section), all in the policy document's own sentences.
/// </summary>
internal sealed partial class CorpusGenerator
{
    private const int SectionsPerPage = 4;
    private const int NotesPerPage = 3;
    private const int LinksPerPage = 5;

    // Paragraphs are whole consecutive sentences of the document, added until a paragraph has at
    // least this many words; sentences average about 25 words, so a paragraph ends up near 60.
    // Tuned so that a page comes to about 825 words including headings, list, table, quote and notes.
    private const int IntroWords = 50;
    private const int ParagraphWords = 46;

    // Ids the theme gives its own elements on every page; a section id must not repeat one.
    private static readonly HashSet<string> ThemeIds =
        ["contents-heading", "definition-heading", "home-approach", "home-objectives", "matrix-caption", "page-toc-heading",
         "referred-from-heading", "related-heading", "search-hint", "search-page-input", "search-results", "search-status",
         "site-search-input", "subjects-heading"];

    private readonly SeedText _text;
    private readonly Random _random;

    public CorpusGenerator(SeedText text, int seed)
    {
        _text = text;
        // A seeded System.Random gives the same sequence on every run and platform.
        _random = new Random(seed);
    }

    /// <summary>Writes <c>site.yml</c> and <c>chapters/*.md</c> into an input folder; the caller empties it first.</summary>
    public CorpusStatistics Write(string inputDirectory, int pages, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pages, 1);
        var chapters = Path.Combine(inputDirectory, "chapters");
        Directory.CreateDirectory(chapters);
        File.WriteAllText(Path.Combine(inputDirectory, "site.yml"), string.Create(CultureInfo.InvariantCulture, $"""
            title: "Generated policy document ({pages} chapters, seed {seed})"
            document_type: "Policy document"
            publisher: "PolicySite benchmarks"
            publication_date: 2023-06
            language: en
            base_url: "/"
            colophon:
              - "Generated from the sentences of the policy document for benchmarks."

            """));

        var width = Math.Max(4, pages.ToString(CultureInfo.InvariantCulture).Length);
        var outlines = Enumerable.Range(1, pages).Select(order => Outline(order, width)).ToList();
        var words = new List<int>(pages);
        long bytes = 0;
        foreach (var outline in outlines)
        {
            var (text, pageWords) = Page(outline, outlines);
            var path = Path.Combine(chapters, outline.Id + ".md");
            File.WriteAllText(path, text);
            bytes += Encoding.UTF8.GetByteCount(text);
            words.Add(pageWords);
        }
        return new CorpusStatistics(pages, bytes, words.Min(), words.Average(), words.Max());
    }

    private PageOutline Outline(int order, int width)
    {
        var id = "chapter-" + order.ToString("D" + width.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var sections = new List<SectionOutline>();
        for (var s = 1; s <= SectionsPerPage; s++)
        {
            var heading = Capitalised(Phrase(3, 9));
            var slug = SectionId(heading, s);
            while (sections.Any(section => section.Id == slug))
            {
                slug += "-" + s.ToString(CultureInfo.InvariantCulture);
            }
            sections.Add(new SectionOutline(heading, slug));
        }
        return new PageOutline(id, order, Capitalised(Phrase(4, 10)), sections);
    }

    /// <summary>The page's Markdown file and the number of words a reader sees in it.</summary>
    private (string Text, int Words) Page(PageOutline page, IReadOnlyList<PageOutline> all)
    {
        // Ten prose paragraphs: the intro, then two, two, two and three per section. The five links
        // go into five of them and the three notes into three, each chosen at random.
        const int paragraphCount = 10;
        var paragraphs = new List<string> { Paragraph(IntroWords) };
        for (var i = 1; i < paragraphCount; i++)
        {
            paragraphs.Add(Paragraph(ParagraphWords));
        }
        var summary = FirstSentence(paragraphs[0]);

        var targets = LinkTargets(page, all);
        var linked = Pick(paragraphCount, targets.Count);
        for (var i = 0; i < targets.Count; i++)
        {
            paragraphs[linked[i]] = WithLink(paragraphs[linked[i]], targets[i]);
        }

        var notes = new Dictionary<int, (string Label, string Text)>();
        var labels = new HashSet<string>(StringComparer.Ordinal);
        var noteTexts = Pick(_text.Notes.Count, NotesPerPage);
        foreach (var (paragraph, noteText) in Pick(paragraphCount, NotesPerPage).Order().Zip(noteTexts))
        {
            var note = _text.Notes[noteText];
            var label = NoteLabel(note, labels);
            labels.Add(label);
            notes[paragraph] = (label, note);
        }

        var body = new StringBuilder();
        var next = 0;
        void WriteParagraph()
        {
            var index = next++;
            body.Append(paragraphs[index]);
            if (notes.TryGetValue(index, out var note))
            {
                // As in the real chapters: cited after the sentence, defined just below the paragraph.
                body.Append("[^").Append(note.Label).Append("]\n\n[^").Append(note.Label).Append("]: ").Append(note.Text);
            }
            body.Append("\n\n");
        }
        void WriteHeading(int section)
        {
            var outline = page.Sections[section];
            body.Append(CultureInfo.InvariantCulture, $"## {section + 1} {outline.Heading} {{#{outline.Id}}}\n\n");
        }

        WriteParagraph();
        WriteHeading(0);
        WriteParagraph();
        WriteParagraph();
        WriteList(body);
        WriteHeading(1);
        WriteParagraph();
        WriteTable(body);
        WriteParagraph();
        WriteHeading(2);
        WriteParagraph();
        WriteQuote(body);
        WriteParagraph();
        WriteHeading(3);
        WriteParagraph();
        WriteParagraph();
        WriteParagraph();

        var file = new StringBuilder()
            .Append("---\n")
            .Append("id: ").Append(page.Id).Append('\n')
            .Append("number: \"").Append(page.Order.ToString(CultureInfo.InvariantCulture)).Append("\"\n")
            .Append("title: ").Append(YamlString(page.Title)).Append('\n')
            .Append("order: ").Append(page.Order.ToString(CultureInfo.InvariantCulture)).Append('\n')
            .Append("summary: ").Append(YamlString(summary)).Append('\n')
            .Append("---\n\n")
            .Append(body.ToString().TrimEnd('\n')).Append('\n')
            .ToString();
        return (file, VisibleWords(body.ToString()));
    }

    private void WriteList(StringBuilder body)
    {
        for (var i = 0; i < 5; i++)
        {
            body.Append("- ").Append(Capitalised(Phrase(4, 10))).Append('\n');
        }
        body.Append('\n');
    }

    private void WriteTable(StringBuilder body)
    {
        const int columns = 3;
        body.Append('|');
        for (var c = 0; c < columns; c++)
        {
            body.Append(' ').Append(Capitalised(Phrase(1, 3))).Append(" |");
        }
        body.Append("\n|").Append(string.Concat(Enumerable.Repeat("---|", columns))).Append('\n');
        for (var r = 0; r < 4; r++)
        {
            body.Append('|');
            for (var c = 0; c < columns; c++)
            {
                body.Append(' ').Append(Capitalised(Phrase(2, 6))).Append(" |");
            }
            body.Append('\n');
        }
        body.Append('\n');
    }

    private void WriteQuote(StringBuilder body) => body.Append("> ").Append(Paragraph(25)).Append("\n\n");

    /// <summary>Five other pages at random, the last one at one of its sections.</summary>
    private List<string> LinkTargets(PageOutline page, IReadOnlyList<PageOutline> all)
    {
        var others = Math.Min(LinksPerPage, all.Count - 1);
        var chosen = new List<PageOutline>();
        while (chosen.Count < others)
        {
            var candidate = all[_random.Next(all.Count)];
            if (candidate != page && !chosen.Contains(candidate))
            {
                chosen.Add(candidate);
            }
        }
        var targets = chosen.Select(target => target.Id).ToList();
        if (targets.Count > 0)
        {
            var last = chosen[^1];
            targets[^1] = $"{last.Id}#{last.Sections[_random.Next(last.Sections.Count)].Id}";
        }
        return targets;
    }

    /// <summary>Wraps two to four plain words of the paragraph in a cross-reference, as an editor links running text.</summary>
    private string WithLink(string paragraph, string target)
    {
        var words = paragraph.Split(' ');
        for (var attempt = 0; attempt < 40; attempt++)
        {
            var length = 2 + _random.Next(3);
            var start = _random.Next(Math.Max(1, words.Length - length));
            if (start + length <= words.Length && words.Skip(start).Take(length).All(word => PlainWord().IsMatch(word)))
            {
                words[start] = "[" + words[start];
                words[start + length - 1] += $"](xref:{target})";
                return string.Join(' ', words);
            }
        }
        // A paragraph of numbers and punctuation: link its last word instead.
        var lastWord = words[^1].TrimEnd('.');
        words[^1] = $"[{lastWord}](xref:{target}).";
        return string.Join(' ', words);
    }

    /// <summary>Consecutive sentences of the document from a random place, until there are enough words.</summary>
    private string Paragraph(int minimumWords)
    {
        var start = _random.Next(_text.Sentences.Count);
        var paragraph = new StringBuilder();
        var words = 0;
        for (var i = start; words < minimumWords; i = (i + 1) % _text.Sentences.Count)
        {
            var sentence = _text.Sentences[i];
            paragraph.Append(paragraph.Length == 0 ? "" : " ").Append(sentence);
            words += sentence.Count(c => c == ' ') + 1;
        }
        return paragraph.ToString();
    }

    /// <summary>A run of words from a random sentence, without its punctuation at either end, for headings, titles and cells.</summary>
    private string Phrase(int minimumWords, int maximumWords)
    {
        var words = _text.Sentences[_random.Next(_text.Sentences.Count)].Replace("(", "").Replace(")", "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var count = Math.Min(words.Length, minimumWords + _random.Next(maximumWords - minimumWords + 1));
        var start = _random.Next(words.Length - count + 1);
        var phrase = words.Skip(start).Take(count).ToList();
        // A heading or cell that ends in "and the" reads as cut off; the words before it do not.
        while (phrase.Count > 1 && TrailingWords.Contains(phrase[^1].TrimEnd('.', ',', ';', ':')))
        {
            phrase.RemoveAt(phrase.Count - 1);
        }
        return string.Join(' ', phrase).Trim('.', ',', ';', ':', '\'', '‘', '’', '"', '“', '”', ' ', '–', '-');
    }

    private static readonly HashSet<string> TrailingWords =
        ["a", "an", "and", "are", "as", "at", "be", "by", "for", "from", "has", "have", "in", "is", "its", "of", "on", "or",
         "that", "the", "their", "this", "to", "which", "will", "with", "we", "–"];

    /// <summary><paramref name="count"/> distinct numbers below <paramref name="limit"/>.</summary>
    private List<int> Pick(int limit, int count)
    {
        var picked = new List<int>();
        while (picked.Count < count)
        {
            var value = _random.Next(limit);
            if (!picked.Contains(value))
            {
                picked.Add(value);
            }
        }
        return picked;
    }

    /// <summary>
    /// Two words of the heading, as editors give sections short ids (<c>{#nexus}</c>). The hyphen
    /// keeps them clear of the theme's one-word ids, and letters only clear of paragraph ids (<c>x-p2</c>).
    /// </summary>
    private static string SectionId(string heading, int position)
    {
        var words = heading.ToLowerInvariant().Split(' ')
            .Select(word => new string(word.Where(c => c is >= 'a' and <= 'z').ToArray()))
            .Where(word => word.Length >= 4)
            .Take(2)
            .ToList();
        var id = string.Join('-', words);
        return words.Count < 2 || ThemeIds.Contains(id) ? "part-" + (char)('a' + position - 1) : id;
    }

    /// <summary>A word of the note as its label: the README asks for words, never numbers.</summary>
    private static string NoteLabel(string note, HashSet<string> taken)
    {
        foreach (var word in note.Split(' '))
        {
            var label = new string(word.ToLowerInvariant().Where(c => c is >= 'a' and <= 'z').ToArray());
            if (label.Length >= 5 && !taken.Contains(label))
            {
                return label;
            }
        }
        var fallback = "note";
        while (taken.Contains(fallback))
        {
            fallback += "x";
        }
        return fallback;
    }

    private static string FirstSentence(string paragraph)
    {
        var end = paragraph.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? paragraph : paragraph[..(end + 1)];
    }

    private static string Capitalised(string phrase) =>
        phrase.Length == 0 ? "Policy" : char.ToUpperInvariant(phrase[0]) + phrase[1..];

    private static string YamlString(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>Words as a reader sees them: without link targets, note markers, ids and table rules.</summary>
    private static int VisibleWords(string markdown)
    {
        var text = MarkupForCounting().Replace(markdown, " ");
        return text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Count(word => word.Any(char.IsLetterOrDigit));
    }

    [GeneratedRegex(@"^[\p{L}\p{N}][\p{L}\p{N}'’-]*$")]
    private static partial Regex PlainWord();

    [GeneratedRegex(@"\]\(xref:[^)]*\)|\[\^[^\]]+\]:?|\{#[^}]*\}|^#+ |^\|?(---\|)+$|^> |^- ", RegexOptions.Multiline)]
    private static partial Regex MarkupForCounting();
}
