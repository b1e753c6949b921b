namespace PolicySite.Benchmarks.Search;

/// <summary>
/// One keystroke in the search page, as <see cref="KeystrokeProbe"/> saw it: times in
/// milliseconds on the page's clock (<c>performance.now()</c>).
/// </summary>
/// <param name="Value">What the search box held after the keystroke.</param>
/// <param name="KeyAt">The keydown's time stamp (the input event's for a character typed without one).</param>
/// <param name="KeyHandledAt">When the page's keydown listener ran.</param>
/// <param name="InputAt">The input event's time stamp.</param>
/// <param name="RunAt">When search.js's typing pause ended and it started searching.</param>
/// <param name="ListAt">When <c>#search-results</c> changed; null when it did not (no results before and after).</param>
/// <param name="StatusAt">When the live region announced the count.</param>
/// <param name="PaintedAt">After the next frame (style, layout, paint) following the results.</param>
/// <param name="Results">Results in the list (the first page of them).</param>
/// <param name="Status">The live region's text.</param>
/// <param name="IndexFiles">Index files (search/*.json) fetched between keystroke and results.</param>
/// <param name="IndexBytes">Their bytes as sent (no compression here).</param>
/// <param name="IndexFetchMs">How long at least one of them was on its way.</param>
internal sealed record KeystrokeTiming(
    string Value,
    double KeyAt,
    double KeyHandledAt,
    double InputAt,
    double RunAt,
    double? ListAt,
    double StatusAt,
    double PaintedAt,
    int Results,
    string Status,
    int IndexFiles,
    long IndexBytes,
    double IndexFetchMs)
{
    /// <summary>When the reader sees new results: the list's change, else the announcement.</summary>
    public double ShownAt => ListAt ?? StatusAt;

    /// <summary>Keystroke → results shown, search.js's typing pause included.</summary>
    public double ToResults => ShownAt - KeyAt;

    /// <summary>End of the typing pause → results shown: fetching, ranking and rendering.</summary>
    public double AfterPause => ShownAt - RunAt;

    /// <summary>Keystroke → end of the typing pause.</summary>
    public double Pause => RunAt - KeyAt;

    /// <summary>Keystroke → the frame after the results.</summary>
    public double ToNextFrame => PaintedAt - KeyAt;
}
