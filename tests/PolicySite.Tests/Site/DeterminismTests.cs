using System.Security.Cryptography;

namespace PolicySite.Tests.Site;

/// <summary>
/// Same input and same now give byte-identical output (DESIGN.md), so CI can publish only what
/// changed and anyone can reproduce a published site.
/// </summary>
public sealed class DeterminismTests(RealSite site) : IClassFixture<RealSite>
{
    [Fact]
    public void Given_the_same_input_and_now_When_built_twice_into_different_folders_Then_the_files_are_byte_identical()
    {
        // A different folder as well as a second run: the output must not depend on where it is written.
        var second = Path.Combine(site.Fixture.Root, "second-output");
        var result = site.Fixture.Build(output: second, now: RealSite.Now);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var first = Files(site.Fixture.Output);
        var again = Files(second);

        Assert.Equal(first.Keys, again.Keys);
        var different = first.Keys.Where(name => first[name] != again[name]).ToList();
        Assert.True(different.Count == 0, "files that differ between the two builds: " + string.Join(", ", different));
    }

    /// <summary>Every file by path relative to <paramref name="root"/>, with a hash of its bytes.</summary>
    private static SortedDictionary<string, string> Files(string root) =>
        new(Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
                .ToDictionary(
                    path => Path.GetRelativePath(root, path).Replace('\\', '/'),
                    path => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)))),
            StringComparer.Ordinal);
}
