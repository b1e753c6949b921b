namespace PolicySite.Tests.Stages;

/// <summary>
/// Small, valid content files for tests. Their line numbers are fixed so that tests can name the
/// line a diagnostic must point at: in a chapter, line 1 is the opening fence, lines 2–5 are
/// id, number, title and order, line 6 is the closing fence and the body starts on line 7.
/// </summary>
internal static class SampleContent
{
    public const int ChapterBodyFirstLine = 7;

    public static string Chapter(string id = "intro", int order = 1, string title = "Intro", string body = "Body text.\n", string number = "I") =>
        $"---\nid: {id}\nnumber: {number}\ntitle: {title}\norder: {order}\n---\n{body}";

    /// <summary>The brief's example chapter: one note, cited once and defined once.</summary>
    public static string ChapterWithNote(string id = "intro", int order = 1) =>
        Chapter(id, order, body: "Body text with a note.[^n]\n\n[^n]: The note.\n");

    /// <summary>
    /// An event whose keys sit on fixed lines: id 2, title 3, start 4, end 5, time_zone 6, status 7.
    /// </summary>
    public static string Event(
        string id = "meeting",
        string start = "2018-05-14T19:00",
        string end = "2018-05-14T21:00",
        string timeZone = "Europe/Amsterdam",
        string status = "scheduled") =>
        $"---\nid: {id}\ntitle: Meeting\nstart: {start}\nend: {end}\ntime_zone: {timeZone}\nstatus: {status}\n---\nThe meeting.\n";
}
