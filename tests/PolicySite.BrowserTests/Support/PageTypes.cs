namespace PolicySite.BrowserTests.Support;

/// <summary>One page of every kind the site has (the three objective pages each carry another theme).</summary>
public static class PageTypes
{
    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["home"] = "",
        ["chapter"] = "chapters/importance/",
        ["objective I"] = "objectives/human-rights/",
        ["objective II"] = "objectives/democracy/",
        ["objective III"] = "objectives/international-legal-order/",
        ["event"] = "events/partners-under-pressure/",
        ["events"] = "events/",
        ["notes"] = "notes/",
        ["references"] = "references/",
        ["approach"] = "approach/nexus/",
        ["matrix"] = "approach/",
        ["priority"] = "priorities/women-and-girls/",
        ["annex"] = "annex/",
        ["404"] = "404.html",
    };

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var name in All.Keys)
        {
            data.Add(name);
        }
        return data;
    }
}
