namespace PolicySite.Events;

/// <summary>
/// When an event takes place, formatted for the site's language: "14 May 2018, 19:00", "–",
/// "21:00", "CEST". The parts are separate so a template can wrap start and end in <c>&lt;time&gt;</c>.
/// </summary>
public sealed record EventWhen(string Start, string Separator, string End, string TimeZone)
{
    /// <summary>The whole line: "14 May 2018, 19:00–21:00 CEST".</summary>
    public string Display => $"{Start}{Separator}{End} {TimeZone}";
}
