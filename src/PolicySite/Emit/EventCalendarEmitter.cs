using System.Text;
using PolicySite.Events;

namespace PolicySite.Emit;

/// <summary>
/// The events' iCalendar files: the site calendar (<c>events/calendar.ics</c>) to subscribe to,
/// and one file per event beside its page for "Add to calendar".
/// </summary>
public sealed class EventCalendarEmitter : IFileEmitter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public IEnumerable<OutputFile> Emit(EmitContext context)
    {
        var events = PublishedEvent.All(context.Site);
        var ui = context.Ui ?? throw new InvalidOperationException("the calendar needs the site's UI strings; set EmitContext.Ui");
        var builder = new EventCalendarBuilder(context.Urls, context.Now, ui);

        // Subscribers keep the calendar even when the site has no events yet, so it is always written.
        var name = $"{ui("events")} – {context.Site.Config.Title}";
        yield return new OutputFile(EventRoutes.Calendar, Utf8.GetBytes(builder.Build(events, name)));
        foreach (var ev in events)
        {
            yield return new OutputFile(EventRoutes.EventCalendar(ev.Id), Utf8.GetBytes(builder.Build([ev])), ev.Page.Parsed.Source.Path);
        }
    }
}
