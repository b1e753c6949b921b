namespace PolicySite.Tests.Stages;

/// <summary>Every file of an output folder and its bytes, to prove that a failed build changed nothing.</summary>
internal sealed class OutputSnapshot
{
    private readonly string _folder;
    private readonly SortedDictionary<string, byte[]> _files;

    private OutputSnapshot(string folder, SortedDictionary<string, byte[]> files)
    {
        _folder = folder;
        _files = files;
    }

    public int Count => _files.Count;

    public static OutputSnapshot Take(string folder)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            files[Path.GetRelativePath(folder, path).Replace('\\', '/')] = File.ReadAllBytes(path);
        }
        return new OutputSnapshot(folder, files);
    }

    public void AssertUnchanged()
    {
        Assert.True(Directory.Exists(_folder), $"the output folder {_folder} is gone");
        var now = Take(_folder);
        Assert.Equal(_files.Keys, now._files.Keys);
        foreach (var (path, bytes) in _files)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(now._files[path]), $"{path} changed");
        }
    }
}
