namespace PolicySite.Cli.Internal.Preview;

/// <summary>The terminal, one whole line at a time, from any thread: diagnostics are never wrapped or interleaved, so editors can read them.</summary>
internal sealed class PreviewLog(TextWriter writer)
{
    private readonly Lock _lock = new();

    public void Line(string text)
    {
        lock (_lock)
        {
            writer.WriteLine(text);
            writer.Flush();
        }
    }
}
