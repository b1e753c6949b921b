namespace PolicySite.Pages;

/// <summary>A generated page's title: either text from the content, or a UI string by key.</summary>
public sealed record PageTitle(string? Text, string? UiKey = null)
{
    public static PageTitle FromUi(string key) => new(null, key);

    public string Resolve(Func<string, string> ui) => Text ?? ui(UiKey!);
}
