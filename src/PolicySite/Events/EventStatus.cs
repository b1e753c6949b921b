namespace PolicySite.Events;

/// <summary>Where an event stands; <c>status</c> in its front matter.</summary>
public enum EventStatus
{
    Scheduled,
    Cancelled,
    Postponed,

    /// <summary>Moved to the time in <c>start</c>; <c>previous_start</c> says when it was planned before.</summary>
    Rescheduled,
}
