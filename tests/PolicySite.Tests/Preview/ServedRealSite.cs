using PolicySite.Tests.Support;

namespace PolicySite.Tests.Preview;

/// <summary>The repository's real site in a running preview, shared by a class of tests that only read from it.</summary>
public sealed class ServedRealSite : IAsyncLifetime
{
    /// <summary>Lies beside input/ and theme/: a path that leaves the site would reach it.</summary>
    public const string Secret = "TOP-SECRET-5f1c2b";

    public SiteFixture Fixture { get; } = SiteFixture.FromRepository();

    public PreviewHost Host { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Fixture.Write("secret.txt", Secret);
        Host = await PreviewHost.StartAsync(Fixture);
        Assert.True(Host.Server.HasSite, Host.Terminal);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        Fixture.Dispose();
    }
}
