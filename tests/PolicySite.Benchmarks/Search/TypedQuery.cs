namespace PolicySite.Benchmarks.Search;

/// <summary>A query typed into a freshly loaded search page, one timing per keystroke.</summary>
internal sealed record TypedQuery(string Query, IReadOnlyList<KeystrokeTiming> Keystrokes)
{
    /// <summary>The first keystroke: the index is not loaded yet.</summary>
    public KeystrokeTiming Cold => Keystrokes[0];

    /// <summary>
    /// The first keystroke after which the list shows results (a one-letter query is seldom an index
    /// term and matches no prefix, so usually the second): the first sections' files are fetched then.
    /// </summary>
    public KeystrokeTiming? FirstResults => Keystrokes.FirstOrDefault(k => k.Results > 0);

    /// <summary>Every further keystroke.</summary>
    public IEnumerable<KeystrokeTiming> Warm => Keystrokes.Skip(1);
}
