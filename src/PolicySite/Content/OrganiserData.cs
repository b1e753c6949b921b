namespace PolicySite.Content;

/// <summary>Who organises an event; a URL only where the source gives one.</summary>
public sealed record OrganiserData
{
    public required string Name { get; init; }
    public string? Url { get; init; }
}
