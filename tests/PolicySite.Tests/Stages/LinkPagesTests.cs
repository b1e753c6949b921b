using PolicySite.Diagnostics;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Stages;

public sealed class LinkPagesTests : IDisposable
{
    private const string References = """
        - id: global-multilateralism
          title: "Policy Framework 'Global Multilateralism'"
          url: "https://www.government.nl/global-multilateralism"
        - id: aiv-core-interest
          title: "Human Rights: A Core Interest in the Current Geopolitical Context"
        """;

    private readonly SiteFixture _site = new();

    public LinkPagesTests() => _site.Write("input/data/references.yml", References);

    public void Dispose() => _site.Dispose();

    private string WriteChapterCiting(string key)
    {
        // Body lines: 7 text, 8 blank, 9 the note that cites the source.
        _site.Write("input/chapters/01-a.md", SampleContent.Chapter(body: $"Body text.[^n]\n\n[^n]: See [the framework](ref:{key}).\n"));
        return _site.PathOf("input/chapters/01-a.md");
    }

    [Fact]
    public void Should_report_PS0110_with_did_you_mean_for_a_near_miss_of_a_source_key()
    {
        var path = WriteChapterCiting("global-multilateralsm");

        var stage = RenderStage.Link(_site);

        var diagnostic = Assert.Single(stage.Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.ReferenceUnknown);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("'global-multilateralsm'", diagnostic.Message);
        Assert.Contains("did you mean 'global-multilateralism'", diagnostic.Message);
        Assert.Equal((path, 9, "[^n]: See ".Length + 1), (diagnostic.File, diagnostic.Line, diagnostic.Column));
    }

    [Fact]
    public void Should_report_PS0110_without_a_suggestion_when_no_key_is_close()
    {
        WriteChapterCiting("something-else-entirely");

        var stage = RenderStage.Link(_site);

        var diagnostic = Assert.Single(stage.Diagnostics.Sorted(), d => d.Code == DiagnosticCodes.ReferenceUnknown);
        Assert.DoesNotContain("did you mean", diagnostic.Message);
    }

    [Fact]
    public void Should_record_where_a_known_source_is_cited()
    {
        WriteChapterCiting("global-multilateralism");

        var stage = RenderStage.Link(_site);

        Assert.DoesNotContain(stage.Diagnostics.Sorted(), d => d.Severity >= DiagnosticSeverity.Warning);
        var citation = Assert.Single(stage.Linked.Citations);
        Assert.Equal(("global-multilateralism", "intro", 1), (citation.SourceId, citation.PageId, citation.NoteNumber));
    }

    [Fact]
    public void Should_fail_the_build_on_an_unknown_source_key()
    {
        WriteChapterCiting("global-multilateralsm");

        var result = _site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.ReferenceUnknown);
    }

    [Fact]
    public void Should_report_PS0020_when_two_pages_share_an_id()
    {
        _site.Write("input/chapters/01-a.md", SampleContent.Chapter(id: "intro", order: 1));
        _site.Write("input/chapters/02-b.md", SampleContent.Chapter(id: "intro", order: 2, title: "Again"));

        var stage = RenderStage.Link(_site);

        var diagnostic = Assert.Single(stage.Diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.DuplicateId, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(_site.PathOf("input/chapters/02-b.md"), diagnostic.File);
        Assert.Contains("01-a.md", diagnostic.Message);
    }

    [Fact]
    public void Should_report_PS0020_when_a_chapter_and_an_event_share_an_id()
    {
        _site.Write("input/chapters/01-a.md", SampleContent.Chapter(id: "meeting"));
        _site.Write("input/events/meeting.md", SampleContent.Event(id: "meeting"));

        var result = _site.Build();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateId);
    }
}
