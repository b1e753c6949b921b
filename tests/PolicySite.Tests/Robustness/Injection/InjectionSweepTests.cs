using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Ical.Net;
using PolicySite.Tests.Support;

namespace PolicySite.Tests.Robustness.Injection;

/// <summary>
/// Given markup in any one text field of the site (site.yml, a chapter's, an objective page's or an
/// event's front matter, a data file), when the site is built, then either the field's rules
/// reject the value at its file and line, or the site is built and the markup is shown as text:
/// no page has a script but the theme's own or an event handler attribute, the JSON-LD, the search
/// index, the feeds, the calendars and the host's files all still parse, and the value is there.
/// </summary>
public sealed partial class InjectionSweepTests
{
    /// <summary>Both payloads at once: one to close an element and one to break out of an attribute.</summary>
    private const string Payload = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>";

    /// <summary>Fields whose rules refuse the payload, and why. Every other field must build and show it as text.</summary>
    private static readonly Dictionary<string, string> Validated = new()
    {
        ["input/site.yml: publication_date"] = "a date (PS0012)",
        ["input/site.yml: language"] = "a language tag (PS0012)",
        ["input/site.yml: base_url"] = "a URL or a plain path (PS0012)",
        ["input/chapters/01-approach.md: id"] = "an id (PS0022)",
        ["input/chapters/01-approach.md: aliases"] = "a path inside the site (PS0601)",
        ["input/objectives/01-rights.md: id"] = "an id (PS0022)",
        ["input/objectives/01-rights.md: aliases"] = "a path inside the site (PS0601)",
        ["input/events/2030-05-14-meeting.md: id"] = "an id (PS0022)",
        ["input/events/2030-05-14-meeting.md: start"] = "a date and time (PS0503)",
        ["input/events/2030-05-14-meeting.md: end"] = "a date and time (PS0503)",
        ["input/events/2030-05-14-meeting.md: time_zone"] = "an IANA time zone (PS0502)",
        ["input/events/2030-05-14-meeting.md: status"] = "one of four statuses (PS0012)",
        ["input/events/2030-05-14-meeting.md: previous_start"] = "a date and time (PS0503)",
        ["input/events/2030-05-14-meeting.md: registration"] = "open, closed or none (PS0012)",
        ["input/events/2030-05-14-meeting.md: related"] = "a cross-reference (PS0120)",
        ["input/events/2030-05-14-meeting.md: aliases"] = "a path inside the site (PS0601)",
        ["input/data/priorities.yml: id"] = "an id (PS0022)",
        ["input/data/priorities.yml: paragraphs"] = "cross-references (PS0120)",
        ["input/data/annex.yml: tables.id"] = "an id (PS0022)",
        ["input/data/annex.yml: tables.rows.source"] = "a cross-reference (PS0120)",
        ["input/data/references.yml: id"] = "an id (PS0022)",
        ["input/data/references.yml: language"] = "names the UI string language_<language>; an unknown one is PS0204 at the template that asks for it",
    };

    private static readonly HtmlParser Parser = new();

    public static TheoryData<string> Fields => new(InjectableField.In(HostileSite.Files()).Select(f => f.ToString()));

    [Theory]
    [MemberData(nameof(Fields))]
    public void Markup_in_a_field_is_refused_where_it_is_written_or_shown_as_text_and_never_run(string name)
    {
        var files = HostileSite.Files();
        var field = InjectableField.In(files).Single(f => f.ToString() == name);
        field.Inject(files, Payload);
        using var site = new SiteFixture();
        HostileSite.WriteInto(site, files);

        var result = site.Build();

        if (!result.Succeeded)
        {
            Assert.True(Validated.ContainsKey(name), $"{name} refused the payload:\n{string.Join("\n", result.Diagnostics)}");
            Assert.All(result.Diagnostics.Where(d => d.Severity == PolicySite.Diagnostics.DiagnosticSeverity.Error), d =>
                Assert.True(d.File is not null && d.Line > 0, $"{name}: not located: {d}"));
            return;
        }
        Assert.False(Validated.ContainsKey(name), $"{name} is listed as validated but took the payload");
        var problems = new List<string>();
        var shown = false;
        foreach (var (path, page) in site.Pages())
        {
            problems.AddRange(UnsafeElements(page).Select(p => $"{path}: {p}"));
            shown |= Shows(page);
        }
        problems.AddRange(BrokenFiles(site.Output));
        Assert.True(problems.Count == 0, $"{name}:\n{string.Join("\n", problems)}");
        Assert.True(shown, $"{name}: the payload is nowhere on the site as text");
    }

    [Fact]
    public void The_sweep_covers_every_text_field_of_the_content_records()
    {
        var keys = InjectableField.In(HostileSite.Files()).Select(f => f.ToString()).ToList();

        Assert.Contains("input/events/2030-05-14-meeting.md: venue.street_address", keys);
        Assert.Contains("input/data/annex.yml: tables.rows.cells", keys);
        Assert.Contains("input/site.yml: colophon", keys);
        Assert.True(keys.Count >= 50, $"only {keys.Count} fields: {string.Join(", ", keys)}");
    }

    /// <summary>Scripts other than the theme's files and JSON-LD, event handler attributes, javascript: links.</summary>
    private static IEnumerable<string> UnsafeElements(IDocument page)
    {
        foreach (var element in page.QuerySelectorAll("*"))
        {
            if (element.LocalName == "script")
            {
                var src = element.GetAttribute("src");
                var type = element.GetAttribute("type");
                if (type == "application/ld+json" && src is null)
                {
                    if (ParseJson(element.TextContent) is { } problem)
                    {
                        yield return $"JSON-LD does not parse ({problem}): {element.OuterHtml}";
                    }
                }
                else if (src is null || !ThemeScript().IsMatch(src) || element.TextContent.Length > 0 || type is not null)
                {
                    yield return $"a script that is not the theme's: {element.OuterHtml}";
                }
            }
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"an event handler: {element.OuterHtml}";
                }
                if (attribute.Name is "href" or "src" or "action" && attribute.Value.TrimStart().StartsWith("javascript:", StringComparison.OrdinalIgnoreCase))
                {
                    yield return $"a javascript: link: {element.OuterHtml}";
                }
            }
        }
    }

    /// <summary>Whether the payload is on the page as text: in a text node, an attribute's value, or a JSON-LD string.</summary>
    private static bool Shows(IDocument page) =>
        (page.DocumentElement.TextContent ?? "").Contains(Payload, StringComparison.Ordinal)
        || page.QuerySelectorAll("*").Any(e => e.Attributes.Any(a => a.Value.Contains(Payload, StringComparison.Ordinal)))
        || page.QuerySelectorAll("script[type='application/ld+json']").Any(s => JsonStrings(s.TextContent).Any(v => v.Contains(Payload, StringComparison.Ordinal)));

    /// <summary>The files that are not pages: each must still parse as what it is, and HTML inside feeds must be as safe as pages.</summary>
    private static IEnumerable<string> BrokenFiles(string output)
    {
        foreach (var path in Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(output, path).Replace('\\', '/');
            var text = File.ReadAllText(path);
            string? problem = Path.GetExtension(path) switch
            {
                ".json" => ParseJson(text),
                ".xml" => ParseXml(text, relative),
                ".ics" => Calendar.Load(text) is { Events.Count: > 0 } ? null : "no events",
                _ => Path.GetFileName(path) switch
                {
                    "_redirects" => Lines(text).FirstOrDefault(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length != 3) is { } bad ? $"not 'from to status': {bad}" : null,
                    "_headers" => Lines(text).FirstOrDefault(l => !(l.StartsWith('/') && !l.Any(char.IsWhiteSpace) || l.StartsWith("  ", StringComparison.Ordinal) && l.Contains(": ", StringComparison.Ordinal))) is { } bad ? $"neither a path nor a header: {bad}" : null,
                    _ => null,
                },
            };
            if (problem is not null)
            {
                yield return $"{relative}: {problem}";
            }
        }
    }

    private static IEnumerable<string> Lines(string text) =>
        text.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Trim().Length > 0 && !l.TrimStart().StartsWith('#'));

    private static string? ParseJson(string text)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return null;
        }
        catch (JsonException ex)
        {
            return ex.Message;
        }
    }

    private static IEnumerable<string> JsonStrings(string json)
    {
        using var document = JsonDocument.Parse(json);
        var strings = new List<string>();
        void Walk(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.String:
                    strings.Add(element.GetString()!);
                    break;
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        Walk(property.Value);
                    }
                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Walk(item);
                    }
                    break;
            }
        }
        Walk(document.RootElement);
        return strings;
    }

    /// <summary>Well-formed XML; in an Atom feed, HTML carried as text (type="html") is read as HTML and must be safe too.</summary>
    private static string? ParseXml(string text, string relative)
    {
        XDocument document;
        try
        {
            document = XDocument.Parse(text);
        }
        catch (System.Xml.XmlException ex)
        {
            return ex.Message;
        }
        var unsafeHtml = document.Descendants()
            .Where(e => (string?)e.Attribute("type") == "html")
            .SelectMany(e => UnsafeElements(Parser.ParseDocument($"<!DOCTYPE html><body>{e.Value}</body>")))
            .ToList();
        return unsafeHtml.Count == 0 ? null : $"HTML in {relative} is unsafe: {string.Join("; ", unsafeHtml)}";
    }

    /// <summary>The theme's own scripts: fingerprinted files of theme/assets/js, under whatever base path the site has.</summary>
    [GeneratedRegex(@"^(https?://[^/]+)?/([^?#]*/)?assets/js/[a-z-]+\.[0-9a-f]{10}\.js$")]
    private static partial Regex ThemeScript();
}
