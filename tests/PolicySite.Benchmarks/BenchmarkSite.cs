namespace PolicySite.Benchmarks;

/// <summary>A copy of the repository's real site (input/ and theme/) in a temporary folder, so benchmarks can edit it.</summary>
internal sealed class BenchmarkSite : IDisposable
{
    public static readonly DateTimeOffset Now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private BenchmarkSite(string root) => Root = root;

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Theme => Path.Combine(Root, "theme");

    public string Output => Path.Combine(Root, "output");

    /// <summary>The chapter the benchmarks edit: Chapter V, one paragraph at a time.</summary>
    public string Chapter => Path.Combine(Input, "chapters", "05-conclusion.md");

    public const string ChapterUrl = "chapters/conclusion/";

    public static BenchmarkSite CopyOfRepository()
    {
        var repository = FindRepository();
        var site = new BenchmarkSite(NewRoot());
        Copy(Path.Combine(repository, "input"), site.Input);
        Copy(Path.Combine(repository, "theme"), site.Theme);
        return site;
    }

    /// <summary>A generated corpus of <paramref name="chapters"/> chapters (the corpus runner's seed) with the repository's theme.</summary>
    public static BenchmarkSite Generated(int chapters)
    {
        var repository = FindRepository();
        var site = new BenchmarkSite(NewRoot());
        new Corpus.CorpusGenerator(Corpus.SeedText.FromRepository(repository), Corpus.CorpusRunner.DefaultSeed)
            .Write(site.Input, chapters, Corpus.CorpusRunner.DefaultSeed);
        Copy(Path.Combine(repository, "theme"), site.Theme);
        return site;
    }

    private static string NewRoot() => Path.Combine(Path.GetTempPath(), "policysite-bench", Guid.NewGuid().ToString("N"));

    public PolicySite.Configuration.BuildOptions Options() => new()
    {
        InputDirectory = Input,
        ThemeDirectory = Theme,
        OutputDirectory = Output,
        Now = Now,
    };

    /// <summary>A one-paragraph edit of the chapter, as staff make one: the first paragraph gets a marker sentence.</summary>
    public void EditParagraph(string marker)
    {
        var lines = File.ReadAllLines(Chapter).ToList();
        var closing = lines.IndexOf("---", 1);
        var paragraph = lines.FindIndex(closing + 1, l => l.Length > 0 && char.IsLetter(l[0]));
        var sentenceEnd = lines[paragraph].LastIndexOf(" Edit mark ", StringComparison.Ordinal);
        lines[paragraph] = (sentenceEnd < 0 ? lines[paragraph] : lines[paragraph][..sentenceEnd]) + $" Edit mark {marker}.";
        File.WriteAllText(Chapter, string.Join('\n', lines) + "\n");
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

    internal static string FindRepository()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "PolicySite.sln")))
                {
                    return directory.FullName;
                }
            }
        }
        throw new InvalidOperationException("PolicySite.sln not found above the working folder or the benchmark");
    }

    internal static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
