using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PolicySite.Benchmarks.Search;

/// <summary>
/// A site of many pages written into a temporary folder with the repository's theme, for
/// measuring search at scale: event pages (they carry no document-wide contents, which would make
/// every page of a 5,000-page document huge), each with sections of sentences from the policy
/// document and names from a large invented vocabulary, so that the index has the long tail of
/// rare terms a big site has. The same count gives the same site.
/// </summary>
internal sealed partial class GeneratedSite : IDisposable
{
    private GeneratedSite(string root) => Root = root;

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Theme => Path.Combine(Root, "theme");

    public static GeneratedSite Create(string repository, int pages)
    {
        var site = new GeneratedSite(Path.Combine(Path.GetTempPath(), "policysite-bench-search", Guid.NewGuid().ToString("N")));
        Copy(Path.Combine(repository, "theme"), site.Theme);
        Directory.CreateDirectory(Path.Combine(site.Input, "events"));
        File.WriteAllText(Path.Combine(site.Input, "site.yml"), """
            title: "Generated site"
            publisher: "Benchmarks"
            publication_date: 2023-06
            language: en
            base_url: "/"
            colophon:
              - "Generated for benchmarks."
            """);

        var seed = File.ReadAllText(Path.Combine(repository, "tests", "PolicySite.Tests", "Fixtures", "seeds", "004_7d4edf2a7bed8e17.txt"));
        var sentences = Sentence().Matches(seed).Select(m => m.Value.Trim()).Where(s => s.Length is > 40 and < 400).ToList();
        var random = new Random(pages);
        var start = new DateTime(2020, 1, 1, 10, 0, 0, DateTimeKind.Unspecified);
        for (var i = 0; i < pages; i++)
        {
            var body = new StringBuilder();
            var sections = 3 + random.Next(4);
            body.AppendLine(Paragraph(random, sentences)).AppendLine();
            for (var s = 1; s <= sections; s++)
            {
                body.AppendLine(CultureInfo.InvariantCulture, $"## {s} {Name(random)} and {Name(random)} {{#part-{s}}}").AppendLine();
                for (var p = 0; p < 2 + random.Next(3); p++)
                {
                    body.AppendLine(Paragraph(random, sentences)).AppendLine();
                }
            }
            var when = start.AddDays(i);
            File.WriteAllText(Path.Combine(site.Input, "events", $"e{i:D5}.md"), $"""
                ---
                id: e{i:D5}
                title: "{Name(random)} {Name(random)} meeting {i}"
                start: {when:yyyy-MM-ddTHH:mm:ss}
                end: {when.AddHours(2):yyyy-MM-ddTHH:mm:ss}
                time_zone: Europe/Amsterdam
                status: scheduled
                ---

                {body}
                """);
        }
        return site;
    }

    /// <summary>A few sentences of the policy document with invented names mixed in.</summary>
    private static string Paragraph(Random random, List<string> sentences)
    {
        var words = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            words.AddRange(sentences[random.Next(sentences.Count)].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }
        for (var i = 0; i < words.Count / 8; i++)
        {
            words.Insert(random.Next(words.Count), Name(random));
        }
        return string.Join(' ', words);
    }

    private static readonly string[] Syllables =
        ["ka", "lo", "mi", "ren", "tas", "vo", "dri", "nel", "por", "sun", "ba", "gi", "hal", "jen", "ku", "lam", "mor", "nit", "ost", "pra"];

    /// <summary>An invented name, rare ones much more often than common ones (about Zipf's law) from 60,000.</summary>
    private static string Name(Random random)
    {
        var rank = (int)Math.Exp(random.NextDouble() * Math.Log(60_000));
        var name = new StringBuilder();
        do
        {
            name.Append(Syllables[rank % Syllables.Length]);
            rank /= Syllables.Length;
        }
        while (rank > 0);
        name[0] = char.ToUpperInvariant(name[0]);
        return name.ToString();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind does no harm.
        }
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    [GeneratedRegex(@"[A-Z][^.!?]*[.!?]")]
    private static partial Regex Sentence();
}
