using PolicySite.Configuration;
using PolicySite.Content;
using PolicySite.Diagnostics;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Stages;

/// <summary>
/// YamlReader on the typed front matter records. The YAML is read as if it were the front
/// matter of a chapter file, starting on line 2 (after the opening fence), so every expected
/// line is a line of that file.
/// </summary>
public sealed class YamlReaderTests
{
    private const string File = "input/chapters/01-a.md";
    private const int FirstLine = 2;

    private static (T? Value, IReadOnlyList<Diagnostic> Diagnostics) Read<T>(string yaml, int firstLine = FirstLine)
        where T : class
    {
        var diagnostics = new DiagnosticBag();
        var value = YamlReader.Read<T>(yaml, File, firstLine, diagnostics);
        return (value, diagnostics.Sorted());
    }

    [Fact]
    public void Should_read_a_complete_chapter_front_matter_into_its_record()
    {
        var (value, diagnostics) = Read<ChapterFrontMatter>("id: intro\nnumber: I\ntitle: Intro\norder: 1\nsummary: One line.\n");

        Assert.Empty(diagnostics);
        Assert.Equal(new ChapterFrontMatter { Id = "intro", Number = "I", Title = "Intro", Order = 1, Summary = "One line." }, value);
    }

    [Fact]
    public void Should_report_PS0011_at_the_line_of_an_unknown_front_matter_key()
    {
        // File lines: 2 id, 3 number, 4 title, 5 colour, 6 order.
        var (value, diagnostics) = Read<ChapterFrontMatter>("id: intro\nnumber: I\ntitle: Intro\ncolour: red\norder: 1\n");

        Assert.Null(value);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlUnknownKey, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal((File, 5, 1), (diagnostic.File, diagnostic.Line, diagnostic.Column));
        Assert.Contains("'colour'", diagnostic.Message);
    }

    [Fact]
    public void Should_report_PS0011_at_the_line_of_an_unknown_key_in_site_yml()
    {
        var yaml = SiteFixture.MinimalSiteYml.ReplaceLineEndings("\n") + "\nfavicon: icon.png\n";
        var expectedLine = yaml.Split('\n').ToList().FindIndex(l => l.StartsWith("favicon", StringComparison.Ordinal)) + 1;

        var (value, diagnostics) = Read<SiteConfig>(yaml, firstLine: 1);

        Assert.Null(value);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlUnknownKey, diagnostic.Code);
        Assert.Equal(expectedLine, diagnostic.Line);
        Assert.Contains("'favicon'", diagnostic.Message);
    }

    [Fact]
    public void Should_report_PS0012_at_the_line_of_a_value_of_the_wrong_type()
    {
        // File lines: 2 id, 3 number, 4 title, 5 order.
        var (value, diagnostics) = Read<ChapterFrontMatter>("id: intro\nnumber: I\ntitle: Intro\norder: abc\n");

        Assert.Null(value);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlInvalidValue, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal((File, 5), (diagnostic.File, diagnostic.Line));
    }

    [Fact]
    public void Should_report_PS0013_naming_a_missing_required_key()
    {
        var (value, diagnostics) = Read<ChapterFrontMatter>("id: intro\nnumber: I\ntitle: Intro\n");

        Assert.Null(value);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlMissingField, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(File, diagnostic.File);
        Assert.Contains("order", diagnostic.Message);
        Assert.InRange(diagnostic.Line, FirstLine, FirstLine + 3);
    }

    [Fact]
    public void Should_report_a_missing_required_key_of_an_objective()
    {
        var (value, diagnostics) = Read<ObjectiveFrontMatter>("id: human-rights\nobjective: I\ntitle: Human rights\norder: 2\n");

        Assert.Null(value);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlMissingField, diagnostic.Code);
        Assert.Contains("objective_title", diagnostic.Message);
    }

    [Fact]
    public void Should_report_a_duplicate_key_at_the_line_of_its_second_occurrence()
    {
        // File lines: 2 id, 3 number, 4 title, 5 title again, 6 order.
        var (value, diagnostics) = Read<ChapterFrontMatter>("id: intro\nnumber: I\ntitle: Intro\ntitle: Again\norder: 1\n");

        Assert.Null(value);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal((File, 5), (diagnostic.File, diagnostic.Line));
        Assert.Contains("title", diagnostic.Message);
    }

    [Fact]
    public void Should_report_PS0010_at_the_line_indented_with_a_tab()
    {
        // File lines: 2 id, 3 venue, 4 the tab-indented name.
        var (value, diagnostics) = Read<EventFrontMatter>("id: meeting\nvenue:\n\tname: Hall\n");

        Assert.Null(value);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, diagnostic.Code);
        Assert.Equal((File, 4), (diagnostic.File, diagnostic.Line));
        Assert.Contains("tab", diagnostic.Message);
    }

    [Fact]
    public void Should_report_PS0010_at_the_tab_indented_line_of_a_file_read_from_its_first_line()
    {
        var (_, diagnostics) = Read<SiteConfig>("title: T\ncolophon:\n\t- line\n", firstLine: 1);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, diagnostic.Code);
        Assert.Equal(3, diagnostic.Line);
    }

    [Fact]
    public void Should_accept_a_tab_inside_a_quoted_value()
    {
        var (value, diagnostics) = Read<ChapterFrontMatter>("id: intro\nnumber: I\ntitle: \"A\tB\"\norder: 1\n");

        Assert.Empty(diagnostics);
        Assert.Equal("A\tB", value!.Title);
    }

    [Fact]
    public void Should_report_PS0010_at_the_line_of_malformed_yaml()
    {
        // File lines: 2 id, 3 the malformed title.
        var (value, diagnostics) = Read<ChapterFrontMatter>("id: intro\ntitle: Intro: a colon: too many\nnumber: I\norder: 1\n");

        Assert.Null(value);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, diagnostic.Code);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal((File, 3), (diagnostic.File, diagnostic.Line));
    }

    [Fact]
    public void Should_report_PS0010_for_an_unclosed_quoted_value()
    {
        var (value, diagnostics) = Read<ChapterFrontMatter>("id: intro\nnumber: I\ntitle: \"Intro\norder: 1\n");

        Assert.Null(value);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlSyntax, diagnostic.Code);
        Assert.Equal(File, diagnostic.File);
        Assert.True(diagnostic.Line >= 4, $"line {diagnostic.Line}");
    }

    [Fact]
    public void Should_report_an_empty_front_matter_as_a_missing_field()
    {
        var (value, diagnostics) = Read<ChapterFrontMatter>("");

        Assert.Null(value);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.YamlMissingField, diagnostic.Code);
        Assert.Equal(FirstLine, diagnostic.Line);
    }

    [Fact]
    public void Should_refuse_an_explicit_null_for_a_key_that_must_have_a_value()
    {
        // File lines: 2 id, 3 number, 4 title.
        var (value, diagnostics) = Read<ChapterFrontMatter>("id: intro\nnumber: I\ntitle: ~\norder: 1\n");

        Assert.Null(value);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal((File, 4), (diagnostic.File, diagnostic.Line));
    }

    [Fact]
    public void Should_accept_an_explicit_null_for_a_key_that_may_be_left_out()
    {
        var (value, diagnostics) = Read<ChapterFrontMatter>("id: intro\nnumber: I\ntitle: Intro\norder: 1\nsummary: ~\n");

        Assert.Empty(diagnostics);
        Assert.NotNull(value);
        Assert.Null(value.Summary);
    }

    [Fact]
    public void Should_read_into_records_that_declare_no_deserialization_callbacks_since_the_reader_skips_them()
    {
        // RecordObjectFactory does not look for [OnDeserializing] or [OnDeserialized] methods; a
        // type with one would be read without it being called.
        Type[] callbacks = [typeof(System.Runtime.Serialization.OnDeserializingAttribute), typeof(System.Runtime.Serialization.OnDeserializedAttribute)];
        var withCallbacks = typeof(SiteConfig).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.DeclaredOnly))
            .Where(m => callbacks.Any(c => m.IsDefined(c, inherit: true)))
            .Select(m => $"{m.DeclaringType}.{m.Name}");

        Assert.Empty(withCallbacks);
    }
}
