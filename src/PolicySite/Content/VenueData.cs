namespace PolicySite.Content;

/// <summary>Where an event takes place, as a postal address.</summary>
public sealed record VenueData
{
    public required string Name { get; init; }
    public string? Room { get; init; }
    public string? StreetAddress { get; init; }
    public string? PostalCode { get; init; }
    public string? Locality { get; init; }
    public string? Region { get; init; }
    public string? Country { get; init; }
}
