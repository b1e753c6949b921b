namespace PolicySite.BrowserTests.Support;

// Each collection has its own browser and runs in parallel with the others; the tests inside a
// collection run one after another. Three collections keep two cores busy.

/// <summary>axe in light mode.</summary>
[CollectionDefinition(Name)]
public sealed class LightCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser: accessibility, light";
}

/// <summary>axe in dark mode.</summary>
[CollectionDefinition(Name)]
public sealed class DarkCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser: accessibility, dark";
}

/// <summary>Journeys, keyboard, colour scheme, print, every page's console, screenshots.</summary>
[CollectionDefinition(Name)]
public sealed class JourneyCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "Browser: reader journeys";
}
