using System.Globalization;
using PolicySite.Content;
using PolicySite.Diagnostics;

namespace PolicySite.Benchmarks.Corpus;

/// <summary>
/// Writes the sites for comparing PolicySite with Hugo and DocFX on the same text (scripts/bench-vs-hugo.sh):
/// <c>&lt;target&gt;/policysite/{input,theme}</c>, <c>&lt;target&gt;/hugo/</c> and <c>&lt;target&gt;/docfx/</c>
/// (a DocFX project over the Hugo site's Markdown). Either from a generated
/// corpus of N chapters, or from the repository's real input (its chapters, objectives and event).
/// The corpora are build inputs for a measurement, never committed: write them outside the repository.
/// </summary>
internal static class CorpusRunner
{
    public const int DefaultSeed = 1;

    public static int Generate(int pages, string target, int seed)
    {
        var repository = BenchmarkSite.FindRepository();
        var (policySite, hugo) = Prepare(target, repository);
        var statistics = new CorpusGenerator(SeedText.FromRepository(repository), seed).Write(Path.Combine(policySite, "input"), pages, seed);
        WriteOthers(policySite, hugo);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{statistics.Pages} chapters (seed {seed}), {statistics.MeanWords:0} words a page ({statistics.MinimumWords}–{statistics.MaximumWords}), {statistics.Bytes / 1024.0 / 1024.0:0.0} MiB of Markdown"));
        Report(policySite, hugo);
        return 0;
    }

    public static int ConvertPolicySite(string target)
    {
        var repository = BenchmarkSite.FindRepository();
        var (policySite, hugo) = Prepare(target, repository);
        BenchmarkSite.Copy(Path.Combine(repository, "input"), Path.Combine(policySite, "input"));
        var pages = WriteOthers(policySite, hugo);
        Console.WriteLine($"the policy site's {pages} Markdown pages");
        Report(policySite, hugo);
        return 0;
    }

    /// <summary>Writes the Hugo site and the DocFX project from the PolicySite input, read once with PolicySite's own Load stage; returns the number of pages.</summary>
    private static int WriteOthers(string policySite, string hugo)
    {
        var input = Path.Combine(policySite, "input");
        var diagnostics = new DiagnosticBag();
        var site = new LoadContent().Run(input, diagnostics);
        if (site is null || diagnostics.HasErrors)
        {
            throw new InvalidOperationException($"{input} does not load:\n" + string.Join("\n", diagnostics.Sorted()));
        }
        HugoSiteWriter.Write(site, hugo);
        DocFxSiteWriter.Write(site, DocFxFolder(hugo), Path.GetFileName(hugo));
        return site.Documents.Count;
    }

    private static string DocFxFolder(string hugo) => Path.Combine(Path.GetDirectoryName(hugo)!, "docfx");

    /// <summary>Empties the sites' folders (never the target itself, which may hold other things) and copies the theme.</summary>
    private static (string PolicySite, string Hugo) Prepare(string target, string repository)
    {
        var policySite = Path.GetFullPath(Path.Combine(target, "policysite"));
        var hugo = Path.GetFullPath(Path.Combine(target, "hugo"));
        foreach (var folder in new[] { policySite, hugo, DocFxFolder(hugo) })
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        BenchmarkSite.Copy(Path.Combine(repository, "theme"), Path.Combine(policySite, "theme"));
        return (policySite, hugo);
    }

    private static void Report(string policySite, string hugo)
    {
        Console.WriteLine($"  {policySite}/input  {Size(Path.Combine(policySite, "input"))}");
        Console.WriteLine($"  {hugo}  {Size(hugo)}");
        Console.WriteLine($"  {DocFxFolder(hugo)}  {Size(DocFxFolder(hugo))}");
    }

    private static string Size(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(file => new FileInfo(file).Length).ToList();
        return string.Create(CultureInfo.InvariantCulture, $"{files.Count} files, {files.Sum() / 1024.0 / 1024.0:0.0} MiB");
    }
}
