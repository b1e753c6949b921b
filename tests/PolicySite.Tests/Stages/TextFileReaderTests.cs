using System.Text;
using PolicySite.Content;
using PolicySite.Diagnostics;

namespace PolicySite.Tests.Stages;

public sealed class TextFileReaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "policysite-tests", Guid.NewGuid().ToString("N"));

    public TextFileReaderTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private (string? Text, IReadOnlyList<Diagnostic> Diagnostics, string Path) Read(byte[] bytes)
    {
        var path = Path.Combine(_folder, "file.md");
        File.WriteAllBytes(path, bytes);
        var diagnostics = new DiagnosticBag();
        var text = TextFileReader.Read(path, diagnostics);
        return (text, diagnostics.Sorted(), path);
    }

    [Fact]
    public void Should_accept_a_byte_order_mark_and_drop_it()
    {
        var (text, diagnostics, _) = Read([0xEF, 0xBB, 0xBF, .. "---\nid: intro\n"u8]);

        Assert.Empty(diagnostics);
        Assert.Equal("---\nid: intro\n", text);
    }

    [Fact]
    public void Should_normalise_CRLF_line_endings_to_LF()
    {
        var (text, diagnostics, _) = Read("---\r\nid: intro\r\n---\r\nBody.\r\n"u8.ToArray());

        Assert.Empty(diagnostics);
        Assert.Equal("---\nid: intro\n---\nBody.\n", text);
    }

    [Fact]
    public void Should_normalise_lone_CR_line_endings_to_LF()
    {
        var (text, _, _) = Read("a\rb\r\nc"u8.ToArray());

        Assert.Equal("a\nb\nc", text);
    }

    [Fact]
    public void Should_keep_non_ASCII_text_intact()
    {
        var (text, diagnostics, _) = Read(Encoding.UTF8.GetBytes("Curaçao – ‘change agents’\n"));

        Assert.Empty(diagnostics);
        Assert.Equal("Curaçao – ‘change agents’\n", text);
    }

    [Fact]
    public void Should_report_PS0002_at_the_line_and_column_of_invalid_UTF8()
    {
        var (text, diagnostics, path) = Read([.. "line one\nab"u8, 0xFF, .. "c\n"u8]);

        Assert.Null(text);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FileUnreadable, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal((path, 2, 3), (diagnostic.File, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Should_report_the_line_of_invalid_UTF8_far_into_a_long_file()
    {
        var prefix = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("A plain line of text, long enough to matter.\n", 300)));

        // Latin-1 "é" (0xE9) followed by ASCII is not UTF-8: a typical file saved in the wrong encoding.
        var (text, diagnostics, _) = Read([.. prefix, .. "caf"u8, 0xE9, .. " au lait\n"u8]);

        Assert.Null(text);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FileUnreadable, diagnostic.Code);
        Assert.Equal((301, 4), (diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Should_read_an_empty_file_as_empty_text()
    {
        var (text, diagnostics, _) = Read([]);

        Assert.Empty(diagnostics);
        Assert.Equal("", text);
    }

    [Fact]
    public void Should_report_PS0002_for_a_file_that_does_not_exist()
    {
        var diagnostics = new DiagnosticBag();

        var text = TextFileReader.Read(Path.Combine(_folder, "missing.md"), diagnostics);

        Assert.Null(text);
        Assert.Equal(DiagnosticCodes.FileUnreadable, Assert.Single(diagnostics.Sorted()).Code);
    }
}
