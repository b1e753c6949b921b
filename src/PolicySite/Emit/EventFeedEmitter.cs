using PolicySite.Events;

namespace PolicySite.Emit;

/// <summary>The Atom feed of events (<c>events/feed.xml</c>), linked from the events list and every page's head.</summary>
public sealed class EventFeedEmitter : IFileEmitter
{
    public IEnumerable<OutputFile> Emit(EmitContext context)
    {
        var ui = context.Ui ?? throw new InvalidOperationException("the feed needs the site's UI strings; set EmitContext.Ui");
        var config = context.Site.Config;
        var builder = new EventFeedBuilder(context.Urls, context.Now, ui, config.Language);
        var title = $"{ui("all_events")} – {config.Title}";
        yield return new OutputFile(EventRoutes.Feed, builder.Build(PublishedEvent.All(context.Site), title, config.Publisher));
    }
}
