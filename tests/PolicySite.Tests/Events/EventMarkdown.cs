namespace PolicySite.Tests.Events;

/// <summary>
/// A small event file for tests. Keys sit on fixed lines so tests can name the line a diagnostic
/// points at: id 2, title 3, start 4, end 5, time_zone 6, status 7, then the extra lines from 8.
/// </summary>
internal static class EventMarkdown
{
    public static string Write(
        string id = "meeting",
        string title = "Meeting",
        string start = "2030-05-14T19:00",
        string end = "2030-05-14T21:00",
        string timeZone = "Europe/Amsterdam",
        string status = "scheduled",
        string extra = "",
        string body = "What the meeting is about.\n") =>
        $"---\nid: {id}\ntitle: {title}\nstart: {start}\nend: {end}\ntime_zone: {timeZone}\nstatus: {status}\n{extra}---\n{body}";
}
