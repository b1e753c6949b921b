using PolicySite.Diagnostics;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Linking;

/// <summary>Two pages may never be written to the same output path.</summary>
public sealed class OutputPathTests
{
    [Fact]
    public void Two_priorities_with_one_id_are_PS0021_and_nothing_is_written()
    {
        using var site = new SiteFixture().Write("input/data/priorities.yml", """
            - id: defenders
              title: "Protecting human rights defenders"
            - id: defenders
              title: "Protecting human rights defenders again"
            """);

        var result = site.Build();

        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateOutputPath);
        Assert.Contains("priorities/defenders/index.html", error.Message);
        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(site.Output));
    }
}
