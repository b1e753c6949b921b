using PolicySite.Cli.Internal.Preview;

namespace PolicySite.Tests.Preview;

/// <summary>Request targets are checked as sent, before any normalisation, and every way out of the site is refused.</summary>
public sealed class RequestPathTests
{
    [Theory]
    [InlineData("/", "/")]
    [InlineData("/chapters/importance/", "/chapters/importance/")]
    [InlineData("/chapters/importance", "/chapters/importance")]
    [InlineData("/chapters/importance/?q=1#x", "/chapters/importance/")]
    [InlineData("/assets/css/site.0123456789.css", "/assets/css/site.0123456789.css")]
    [InlineData("/a%20b/", "/a b/")]
    [InlineData("/%252e%252e/", "/%2e%2e/")]
    [InlineData("/...", "/...")]
    public void Should_decode_a_path_inside_the_site(string target, string expected)
    {
        Assert.True(RequestPath.TryParse(target, out var path, out _));
        Assert.Equal(expected, path);
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/chapters/../../secret.txt")]
    [InlineData("/./index.html")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/%2E%2e/secret.txt")]
    [InlineData("/.%2e/secret.txt")]
    [InlineData("/%2e/index.html")]
    [InlineData("/..%2fsecret.txt")]
    [InlineData("/a%2Fb")]
    [InlineData("/..%5csecret.txt")]
    [InlineData("/..\\secret.txt")]
    [InlineData("//etc/passwd")]
    [InlineData("/chapters//x/")]
    [InlineData("/C:/Windows/win.ini")]
    [InlineData("/c%3a/Windows/win.ini")]
    [InlineData("/index.html%00.txt")]
    [InlineData("http://example.org/index.html")]
    [InlineData("*")]
    [InlineData("")]
    public void Should_refuse_a_path_that_could_leave_the_site(string target) =>
        Assert.False(RequestPath.TryParse(target, out _, out _));
}
