using System.Globalization;
using NodaTime;
using PolicySite.Configuration;
using PolicySite.Diagnostics;
using PolicySite.Events;

namespace PolicySite.Content;

/// <summary>
/// Stage 1, Load: reads <c>site.yml</c>, the Markdown pages with their front matter and the
/// data files from the input folder, into typed records. Anything malformed is a diagnostic
/// at its file and line; loading goes on so that one build reports every problem.
/// </summary>
public sealed class LoadContent
{
    // The patterns quote their separators: for a bare '-' or ':' the parser checks whether "GMT"
    // follows by the culture's rules, and the first such check has ICU build a collator, some
    // 10 ms of the policy site's start-up (Pipeline/BuildClock says more).
    private static readonly string[] LocalDateTimeFormats =
        ["yyyy'-'MM'-'dd'T'HH':'mm':'ss", "yyyy'-'MM'-'dd'T'HH':'mm", "yyyy'-'MM'-'dd HH':'mm':'ss", "yyyy'-'MM'-'dd HH':'mm"];

    private static readonly string[] PublicationDateFormats = ["yyyy'-'MM", "yyyy'-'MM'-'dd"];

    public LoadedSite? Run(string inputDirectory, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(inputDirectory))
        {
            diagnostics.Error(DiagnosticCodes.InputFolderMissing,
                $"the input folder '{inputDirectory}' does not exist; run from the site's folder or pass --input");
            return null;
        }

        var config = LoadConfig(inputDirectory, diagnostics);
        var paths = MarkdownFiles(inputDirectory).ToList();
        // Reading and deserializing each file is independent of the others: in parallel, kept in path order.
        var loaded = new SourceDocument?[paths.Count];
        Parallel.For(0, paths.Count, i =>
        {
            var kind = KindOf(inputDirectory, paths[i]);
            if (kind is null)
            {
                diagnostics.Warning(DiagnosticCodes.UnknownContentFolder,
                    "this Markdown file is not in chapters/, objectives/ or events/, so it is not published; move it into one of them",
                    paths[i]);
                return;
            }
            loaded[i] = LoadDocument(paths[i], kind.Value, diagnostics);
        });
        var documents = loaded.OfType<SourceDocument>().ToList();

        var references = LoadReferences(inputDirectory, diagnostics);
        var priorities = LoadData.Read<List<PriorityData>>(inputDirectory, "priorities.yml", diagnostics);
        var annex = LoadData.Read<AnnexData>(inputDirectory, "annex.yml", diagnostics);
        return config is null ? null : new LoadedSite(config, documents, references) { Priorities = priorities, Annex = annex };
    }

    private static SiteConfig? LoadConfig(string inputDirectory, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputDirectory, "site.yml");
        if (!File.Exists(path))
        {
            diagnostics.Error(DiagnosticCodes.FileUnreadable,
                "site.yml is missing; every site needs one with at least title, publisher and publication_date", path);
            return null;
        }
        var text = TextFileReader.Read(path, diagnostics);
        if (text is null || YamlReader.Read<SiteConfig>(text, path, 1, diagnostics) is not { } config)
        {
            return null;
        }
        if (!TryParsePublicationDate(config.PublicationDate, out _))
        {
            diagnostics.Error(DiagnosticCodes.YamlInvalidValue,
                $"publication_date '{config.PublicationDate}' is not a date; write it as yyyy-MM or yyyy-MM-dd",
                path, LineOf(text, "publication_date"), 1);
            return null;
        }
        if (!SiteConfigRules.IsLanguage(config.Language))
        {
            diagnostics.Error(DiagnosticCodes.YamlInvalidValue,
                $"language '{config.Language}' is not a language tag; write it as e.g. en or nl, the name of a file in theme/i18n/",
                path, LineOf(text, "language:"), 1);
            return null;
        }
        if (!SiteConfigRules.IsBaseUrl(config.BaseUrl))
        {
            diagnostics.Error(DiagnosticCodes.YamlInvalidValue,
                $"base_url '{config.BaseUrl}' is neither an http(s) URL nor a path of letters, digits, '-', '_', '.' and '/'; write it as e.g. https://example.org/policy/ or /policy/",
                path, LineOf(text, "base_url:"), 1);
            return null;
        }
        return config;
    }

    internal static bool TryParsePublicationDate(string value, out DateOnly date) =>
        DateOnly.TryParseExact(value, PublicationDateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static IEnumerable<string> MarkdownFiles(string inputDirectory)
    {
        // Symbolic links are skipped so that a link loop cannot make enumeration endless, and
        // sorting makes the build independent of the file system's enumeration order.
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden,
            IgnoreInaccessible = false,
        };
        return Directory.EnumerateFiles(inputDirectory, "*.md", options).Order(StringComparer.Ordinal);
    }

    private static PageKind? KindOf(string inputDirectory, string path)
    {
        var relative = Path.GetRelativePath(inputDirectory, path).Replace('\\', '/');
        var folder = relative.Contains('/') ? relative[..relative.IndexOf('/')] : "";
        return folder switch
        {
            "chapters" => PageKind.Chapter,
            "objectives" => PageKind.Objective,
            "events" => PageKind.Event,
            _ => null,
        };
    }

    private static SourceDocument? LoadDocument(string path, PageKind kind, DiagnosticBag diagnostics)
    {
        if (!TextFileReader.TryReadUtf8(path, diagnostics, out var text))
        {
            return null;
        }
        FrontMatterSplitter.Parts? split;
        using (text)
        {
            split = FrontMatterSplitter.Split(text.Bytes, path, diagnostics);
        }
        if (split is not { } parts)
        {
            return null;
        }

        IPageFrontMatter? frontMatter = kind switch
        {
            PageKind.Chapter => YamlReader.Read<ChapterFrontMatter>(parts.Yaml, path, parts.YamlFirstLine, diagnostics),
            PageKind.Objective => YamlReader.Read<ObjectiveFrontMatter>(parts.Yaml, path, parts.YamlFirstLine, diagnostics),
            PageKind.Event => YamlReader.Read<EventFrontMatter>(parts.Yaml, path, parts.YamlFirstLine, diagnostics),
            _ => null,
        };
        if (frontMatter is null)
        {
            return null;
        }

        if (!IdRules.IsValid(frontMatter.Id))
        {
            diagnostics.Error(DiagnosticCodes.InvalidId,
                $"id '{frontMatter.Id}' may only contain lower-case letters, digits and single hyphens (it becomes part of a URL and a folder); rename it, e.g. 'partners-under-pressure'",
                path, parts.YamlFirstLine + LineOf(parts.Yaml, "id") - 1, 1);
            return null;
        }

        EventDetails? details = null;
        if (frontMatter is EventFrontMatter eventMatter)
        {
            details = CheckEvent(eventMatter, path, parts, diagnostics);
            if (details is null)
            {
                return null;
            }
        }

        return new SourceDocument(path, kind, frontMatter, parts.Body, parts.BodyFirstLine, details);
    }

    private static EventDetails? CheckEvent(EventFrontMatter matter, string path, FrontMatterSplitter.Parts parts, DiagnosticBag diagnostics)
    {
        // Matching "key:" keeps "status" from finding "status_notice" and "start" from "previous_start".
        int Line(string key) => parts.YamlFirstLine + LineOf(parts.Yaml, key + ":") - 1;
        var ok = true;

        // NodaTime's copy of the IANA database, not the operating system's: Ical.Net writes the
        // VTIMEZONE from it, and the offsets on the page must be the ones in the calendar file.
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(matter.TimeZone);
        if (zone is null)
        {
            diagnostics.Error(DiagnosticCodes.EventUnknownTimeZone,
                $"unknown time zone '{matter.TimeZone}'; use an IANA name such as Europe/Amsterdam", path, Line("time_zone"), 1);
            ok = false;
        }

        if (!EventStatusRules.TryParse(matter.Status, out var status))
        {
            diagnostics.Error(DiagnosticCodes.YamlInvalidValue,
                $"unknown status '{matter.Status}'; use one of {string.Join(", ", EventStatusRules.Names)}", path, Line("status"), 1);
            ok = false;
        }
        if (!EventStatusRules.RegistrationStates.Contains(matter.Registration))
        {
            diagnostics.Error(DiagnosticCodes.YamlInvalidValue,
                $"unknown registration '{matter.Registration}'; use one of {string.Join(", ", EventStatusRules.RegistrationStates)}", path, Line("registration"), 1);
            ok = false;
        }
        if (matter.Sequence < 0)
        {
            diagnostics.Error(DiagnosticCodes.YamlInvalidValue,
                $"sequence {matter.Sequence} is negative; start at 0 and add one for each change of status or time", path, Line("sequence"), 1);
            ok = false;
        }

        LocalDateTime? ParseLocal(string value, string key)
        {
            // TryParseExact also refuses dates that do not exist, such as 2018-02-30.
            if (DateTime.TryParseExact(value, LocalDateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
            {
                return LocalDateTime.FromDateTime(local);
            }
            diagnostics.Error(DiagnosticCodes.EventInvalidDate,
                $"{key} '{value}' is not a date and time; write it as yyyy-MM-ddTHH:mm in the event's time zone", path, Line(key), 1);
            return null;
        }

        DateTimeOffset? InZone(LocalDateTime local, string key)
        {
            // Clocks going forward skip an hour: a time in it never happens. When they go back an
            // hour happens twice, and the first of the two is the one a reader's calendar shows.
            var mapping = zone!.MapLocal(local);
            if (mapping.Count == 0)
            {
                diagnostics.Error(DiagnosticCodes.EventInvalidDate,
                    $"{key} '{local:yyyy-MM-ddTHH:mm}' does not exist in {matter.TimeZone}: the clocks skip that hour; give the time as the organisers announce it",
                    path, Line(key), 1);
                return null;
            }
            return mapping.First().ToDateTimeOffset();
        }

        var start = ParseLocal(matter.Start, "start");
        var end = ParseLocal(matter.End, "end");
        var previous = matter.PreviousStart is { } previousText ? ParseLocal(previousText, "previous_start") : null;
        if (start is null || end is null || zone is null || !ok || matter.PreviousStart is not null && previous is null)
        {
            return null;
        }

        var startOffset = InZone(start.Value, "start");
        var endOffset = InZone(end.Value, "end");
        var previousOffset = previous is { } p ? InZone(p, "previous_start") : null;
        if (startOffset is null || endOffset is null || previous is not null && previousOffset is null)
        {
            return null;
        }
        if (endOffset <= startOffset)
        {
            diagnostics.Error(DiagnosticCodes.EventEndBeforeStart,
                $"the event ends ({matter.End}) before it starts ({matter.Start}); check both times", path, Line("end"), 1);
            return null;
        }

        if (status == EventStatus.Rescheduled && previousOffset is null)
        {
            diagnostics.Error(DiagnosticCodes.EventRescheduledWithoutPreviousStart,
                "a rescheduled event needs previous_start, so readers can tell the old time from the new; add previous_start: yyyy-MM-ddTHH:mm, when it was planned to start before",
                path, Line("status"), 1);
            return null;
        }
        if (status != EventStatus.Rescheduled && previousOffset is not null)
        {
            diagnostics.Warning(DiagnosticCodes.EventPreviousStartUnused,
                $"previous_start is only shown for a rescheduled event, and this one is {matter.Status}; remove it or set status: rescheduled",
                path, Line("previous_start"), 1);
        }

        return new EventDetails(startOffset.Value, endOffset.Value, matter.TimeZone, zone, status, status == EventStatus.Rescheduled ? previousOffset : null);
    }

    private static IReadOnlyList<ReferenceSource> LoadReferences(string inputDirectory, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(inputDirectory, "data", "references.yml");
        if (!File.Exists(path))
        {
            return [];
        }
        var text = TextFileReader.Read(path, diagnostics);
        var list = text is null ? null : YamlReader.Read<List<ReferenceSource>>(text, path, 1, diagnostics);
        if (list is null)
        {
            return [];
        }

        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var sources = new List<ReferenceSource>(list.Count);
        foreach (var source in list)
        {
            if (!IdRules.IsValid(source.Id))
            {
                diagnostics.Error(DiagnosticCodes.InvalidId,
                    $"source id '{source.Id}' may only contain lower-case letters, digits and single hyphens (it is cited as ref:<id> and becomes an #anchor); rename it",
                    path, LineOf(text!, $"id: {source.Id}"), 1);
            }
            else if ((seen[source.Id] = seen.GetValueOrDefault(source.Id) + 1) > 1)
            {
                diagnostics.Error(DiagnosticCodes.DuplicateId,
                    $"source '{source.Id}' is listed twice; keep one entry per source", path, LineOf(text!, $"id: {source.Id}", seen[source.Id]), 1);
                // The first stands: the later stages look sources up by id, and the build fails anyway.
                continue;
            }
            sources.Add(source);
        }
        return sources;
    }

    /// <summary>The 1-based line where <paramref name="key"/> starts a line, for locating a checked value; 1 if absent.</summary>
    /// <param name="occurrence">Which line that starts with the key: 2 for the second (a value listed twice).</param>
    internal static int LineOf(string yaml, string key, int occurrence = 1)
    {
        var lines = yaml.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var trimmed = lines[i].TrimStart(' ', '-');
            if (trimmed.StartsWith(key, StringComparison.Ordinal) && --occurrence == 0)
            {
                return i + 1;
            }
        }
        return 1;
    }
}
