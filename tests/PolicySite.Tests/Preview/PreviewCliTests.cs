using System.Net;
using System.Net.Sockets;
using PolicySite.Tests.Stages;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Preview;

/// <summary><c>policysite preview</c>'s usage errors: clear messages, exit code 2, no stack trace.</summary>
public sealed class PreviewCliTests : IDisposable
{
    private readonly SiteFixture _site = new();

    public PreviewCliTests() => _site.Write("input/chapters/01-a.md", SampleContent.Chapter());

    public void Dispose() => _site.Dispose();

    [Fact]
    public void Should_exit_with_2_and_suggest_another_port_when_the_port_is_taken()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var result = CliRunner.Run(Preview("--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("already in use", result.Output);
        Assert.Contains("--port", result.Output);
        Assert.DoesNotContain("   at ", result.Output);
        Assert.DoesNotContain("Exception", result.Output);
        Assert.False(Directory.Exists(_site.Output), "nothing is built or written when the preview cannot listen");
    }

    [Fact]
    public void Should_warn_that_a_non_loopback_host_exposes_the_preview()
    {
        using var taken = new TcpListener(IPAddress.Any, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var result = CliRunner.Run(Preview("--host", "0.0.0.0", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Contains(result.Lines, l => l.Contains("warning", StringComparison.Ordinal) && l.Contains("0.0.0.0", StringComparison.Ordinal) && l.Contains("loopback", StringComparison.Ordinal));
        Assert.Equal(2, result.ExitCode);
    }

    [Theory]
    [InlineData("--port", "70000")]
    [InlineData("--port", "-1")]
    [InlineData("--host", "not-an-address")]
    public void Should_exit_with_2_for_a_bad_port_or_host(string option, string value)
    {
        var result = CliRunner.Run(Preview(option, value));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(option, result.Output);
        Assert.DoesNotContain("   at ", result.Output);
    }

    [Fact]
    public void Should_exit_with_1_when_the_input_folder_does_not_exist()
    {
        var result = CliRunner.Run("preview", "--input", Path.Combine(_site.Root, "missing"), "--theme", _site.Theme, "--port", "0");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("PS0001", result.Output);
    }

    [Fact]
    public void Should_list_preview_among_the_commands()
    {
        var result = CliRunner.Run("--help");

        Assert.Contains(result.Lines, l => l.StartsWith("preview", StringComparison.Ordinal));
    }

    private string[] Preview(params string[] extra) =>
        ["preview", "--input", _site.Input, "--theme", _site.Theme, "--output", _site.Output, "--now", "2026-01-01T00:00:00Z", .. extra];
}
