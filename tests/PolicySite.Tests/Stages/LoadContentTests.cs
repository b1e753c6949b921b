using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Stages;

public sealed class LoadContentTests : IDisposable
{
    private readonly SiteFixture _site = new();

    public void Dispose() => _site.Dispose();

    private (LoadedSite? Site, IReadOnlyList<Diagnostic> Diagnostics) Load()
    {
        var diagnostics = new DiagnosticBag();
        var site = new LoadContent().Run(_site.Input, diagnostics);
        return (site, diagnostics.Sorted());
    }

    [Fact]
    public void Should_load_a_chapter_with_its_body_and_the_line_the_body_starts_on()
    {
        _site.Write("input/chapters/01-a.md", SampleContent.ChapterWithNote());

        var (site, diagnostics) = Load();

        Assert.Empty(diagnostics);
        var document = Assert.Single(site!.Documents);
        Assert.Equal(("intro", PageKind.Chapter, 1), (document.Id, document.Kind, document.Order));
        Assert.Equal(SampleContent.ChapterBodyFirstLine, document.BodyFirstLine);
        Assert.StartsWith("Body text with a note.", document.Body);
    }

    [Fact]
    public void Should_report_PS0011_at_the_file_line_of_an_unknown_front_matter_key()
    {
        _site.Write("input/chapters/01-a.md", "---\nid: intro\nnumber: I\ntitle: Intro\ncolour: red\norder: 1\n---\nBody.\n");

        var (site, diagnostics) = Load();

        Assert.Empty(site!.Documents);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlUnknownKey, diagnostic.Code);
        Assert.Equal((_site.PathOf("input/chapters/01-a.md"), 5, 1), (diagnostic.File, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Should_report_PS0015_for_a_page_without_front_matter()
    {
        _site.Write("input/chapters/01-a.md", "Just a body.\n");

        var (_, diagnostics) = Load();

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.FrontMatterMissing, diagnostic.Code);
        Assert.Equal((_site.PathOf("input/chapters/01-a.md"), 1, 1), (diagnostic.File, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Should_accept_a_page_saved_with_a_byte_order_mark_and_CRLF_line_endings()
    {
        var path = _site.PathOf("input/chapters/01-a.md");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(SampleContent.ChapterWithNote().ReplaceLineEndings("\r\n"))]);

        var (site, diagnostics) = Load();

        Assert.Empty(diagnostics);
        Assert.Equal("intro", Assert.Single(site!.Documents).Id);
    }

    [Theory]
    [InlineData("\"../x\"")]
    [InlineData("Intro")]
    [InlineData("two--hyphens")]
    [InlineData("with space")]
    public void Should_report_PS0022_at_the_id_line_of_an_invalid_id(string id)
    {
        _site.Write("input/chapters/01-a.md", SampleContent.Chapter(id: id));

        var (site, diagnostics) = Load();

        Assert.Empty(site!.Documents);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.InvalidId, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal((_site.PathOf("input/chapters/01-a.md"), 2), (diagnostic.File, diagnostic.Line));
    }

    [Fact]
    public void Should_load_an_event_in_its_time_zone()
    {
        _site.Write("input/events/meeting.md", SampleContent.Event());

        var (site, diagnostics) = Load();

        Assert.Empty(diagnostics);
        var details = Assert.Single(site!.Documents).Event!;
        Assert.Equal(new DateTimeOffset(2018, 5, 14, 19, 0, 0, TimeSpan.FromHours(2)), details.Start);
        Assert.Equal(TimeSpan.FromHours(2), details.End - details.Start);
    }

    [Theory]
    [InlineData("2018-05-14T18:00")]
    [InlineData("2018-05-14T19:00")]
    public void Should_report_PS0501_at_the_end_line_when_an_event_ends_before_it_starts(string end)
    {
        _site.Write("input/events/meeting.md", SampleContent.Event(end: end));

        var (site, diagnostics) = Load();

        Assert.Empty(site!.Documents);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.EventEndBeforeStart, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal((_site.PathOf("input/events/meeting.md"), 5), (diagnostic.File, diagnostic.Line));
    }

    [Fact]
    public void Should_report_PS0502_at_the_time_zone_line_of_an_unknown_time_zone()
    {
        _site.Write("input/events/meeting.md", SampleContent.Event(timeZone: "Europe/Atlantis"));

        var (site, diagnostics) = Load();

        Assert.Empty(site!.Documents);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.EventUnknownTimeZone, diagnostic.Code);
        Assert.Equal((_site.PathOf("input/events/meeting.md"), 6), (diagnostic.File, diagnostic.Line));
        Assert.Contains("Europe/Atlantis", diagnostic.Message);
    }

    [Fact]
    public void Should_report_PS0012_at_the_status_line_of_an_unknown_event_status()
    {
        _site.Write("input/events/meeting.md", SampleContent.Event(status: "maybe"));

        var (site, diagnostics) = Load();

        Assert.Empty(site!.Documents);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlInvalidValue, diagnostic.Code);
        Assert.Equal((_site.PathOf("input/events/meeting.md"), 7), (diagnostic.File, diagnostic.Line));
        Assert.Contains("maybe", diagnostic.Message);
        Assert.Contains("cancelled", diagnostic.Message);
    }

    [Fact]
    public void Should_report_PS0503_at_the_start_line_of_a_start_that_is_not_a_date()
    {
        _site.Write("input/events/meeting.md", SampleContent.Event(start: "next-monday"));

        var (_, diagnostics) = Load();

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.EventInvalidDate, diagnostic.Code);
        Assert.Equal(4, diagnostic.Line);
    }

    [Fact]
    public void Should_report_PS0012_at_the_line_of_a_publication_date_that_is_not_a_date()
    {
        _site.Write("input/site.yml", SiteFixture.MinimalSiteYml.Replace("2023-06", "June 2023", StringComparison.Ordinal));

        var (site, diagnostics) = Load();

        Assert.Null(site);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlInvalidValue, diagnostic.Code);
        Assert.Equal((_site.PathOf("input/site.yml"), 3), (diagnostic.File, diagnostic.Line));
    }

    [Theory]
    [InlineData("2023-06", 2023, 6, 1)]
    [InlineData("2023-06-15", 2023, 6, 15)]
    public void A_publication_date_is_a_month_or_a_day(string value, int year, int month, int day)
    {
        Assert.True(LoadContent.TryParsePublicationDate(value, out var date));

        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("2023-6")]
    [InlineData("June 2023")]
    [InlineData("2023-02-30")]
    [InlineData("2023/06")]
    [InlineData("2023-06-15T10:00")]
    public void A_publication_date_in_another_form_or_that_does_not_exist_is_refused(string value)
    {
        Assert.False(LoadContent.TryParsePublicationDate(value, out _));
    }
}
