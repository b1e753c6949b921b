namespace PolicySite.Tests.Site;

/// <summary>A sentence of a seed text and where it came from, so a failure points at the seed line.</summary>
public sealed record SeedSentence(string Seed, int Line, string Text)
{
    public override string ToString() => $"{Seed}({Line}): {Text}";
}
