namespace PolicySite.Events;

/// <summary>
/// An event's title as readers see it wherever it appears on its own (browser tab, calendar,
/// feed reader): a changed event carries its status in front, "Cancelled: Partners under Pressure",
/// because many of those places show nothing but the title.
/// </summary>
public static class EventTitle
{
    /// <summary>The title, after the status word (UI string <c>status_&lt;status&gt;</c>) when the status changed.</summary>
    public static string WithStatus(string title, EventStatus status, Func<string, string> ui) =>
        EventStatusRules.NeedsAttention(status) ? $"{ui("status_" + EventStatusRules.Name(status))}: {title}" : title;
}
