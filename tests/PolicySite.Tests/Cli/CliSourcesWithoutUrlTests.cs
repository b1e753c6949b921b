using PolicySite.Tests.Support;

namespace PolicySite.Tests.Cli;

/// <summary>Staff learn from <c>check</c> which sources still lack the URL that the conversion lost.</summary>
public sealed class CliSourcesWithoutUrlTests
{
    [Fact]
    public void Should_list_each_source_without_a_url_as_information_in_check_but_not_in_a_plain_build()
    {
        using var site = SiteFixture.FromRepository();

        var check = CliRunner.Run(CliArguments.Check(site));
        var build = CliRunner.Run(CliArguments.Build(site));

        Assert.Equal(0, check.ExitCode);
        Assert.Contains(check.Lines, l => l.Contains("references.yml(", StringComparison.Ordinal) && l.Contains("info PS0111: source 'aiv-core-interest' has no URL", StringComparison.Ordinal));
        Assert.DoesNotContain(check.Lines, l => l.Contains("PS0111: source 'elpaccto'", StringComparison.Ordinal));
        Assert.Equal(0, build.ExitCode);
        Assert.DoesNotContain(build.Lines, l => l.Contains("PS0111", StringComparison.Ordinal));
    }
}
